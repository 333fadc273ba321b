import type { Workbox } from 'workbox-window';

/** How often an app left open asks for a new version (also whenever it comes back into view). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface ServiceWorkerEvents {
  /** A new version waits; it takes over only when `apply` is called (no form open). */
  onUpdate(apply: () => void): void;
  /** The first install finished: every screen and language now opens without a network. */
  onOfflineReady(): void;
}

/**
 * Registers the service worker and reports what the participant should know: that the app
 * now works offline, and that an update waits. An open app looks for updates by itself when
 * it becomes visible again and once an hour, not only on a fresh load.
 */
export function registerServiceWorker(events: ServiceWorkerEvents): () => void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return () => {};
  let stop: (() => void) | null = null;
  let cancelled = false;
  // workbox-window loads after the first screen is drawn: registering can wait a moment.
  void import('workbox-window').then(({ Workbox }) => {
    if (!cancelled) stop = watch(new Workbox(`${import.meta.env.BASE_URL}sw.js`), events);
  });
  return () => {
    cancelled = true;
    stop?.();
  };
}

function watch(wb: Workbox, events: ServiceWorkerEvents): () => void {
  wb.addEventListener('waiting', () => {
    events.onUpdate(() => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) events.onOfflineReady();
  });
  // A failed check (offline, server down) is retried at the next trigger; nothing to say.
  const check = () => void wb.update().catch(() => {});
  const onVisible = () => {
    if (document.visibilityState === 'visible') check();
  };
  document.addEventListener('visibilitychange', onVisible);
  const timer = setInterval(check, UPDATE_CHECK_MS);
  wb.register().catch(() => {
    // Without a service worker the app still works online; nothing to tell the participant.
  });
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
  };
}
