/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { SAME_ORIGIN, syncOnce } from '../client/sync/engine';
import { BACKGROUND_SYNC_TAG, withSyncLock } from '../client/sync/lock';

declare const self: ServiceWorkerGlobalScope;

// The app shell (HTML, JS, CSS, icons, manifest), listed by vite-plugin-pwa at build time.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any navigation opens the precached page, so the app starts with no network at all.
// The API is never answered from cache: health data is not kept in Cache Storage.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }),
);

// Update handshake: a new version waits until the page says the participant chose to update
// (the page never asks while a form is half filled).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Background Sync, where the browser has it: one more chance to send the outbox after the
// page is gone. The page's own sync loop remains the rule; this is never relied on.
self.addEventListener('sync', (event) => {
  const e = event as ExtendableEvent & { tag: string };
  if (e.tag !== BACKGROUND_SYNC_TAG) return;
  e.waitUntil(withSyncLock(() => syncOnce(SAME_ORIGIN)).then(() => undefined));
});
