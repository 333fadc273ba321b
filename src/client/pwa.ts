import { Workbox } from 'workbox-window';

/**
 * Registers the service worker and reports a waiting update. The new version only takes over
 * when `apply` is called, i.e. when the participant chose to update and no form is open.
 */
export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
  wb.addEventListener('waiting', () => {
    onUpdate(() => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.register().catch(() => {
    // Without a service worker the app still works online; nothing to tell the participant.
  });
}
