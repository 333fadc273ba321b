/**
 * What the page and the service worker say to each other. The worker holds no outbox: its
 * Background Sync only wakes an open page to send.
 */
export const BACKGROUND_SYNC_TAG = 'stegvis-outbox';
export const SW_MESSAGE = { syncNow: 'SYNC_NOW', skipWaiting: 'SKIP_WAITING' } as const;
