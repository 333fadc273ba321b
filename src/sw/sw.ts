/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { BACKGROUND_SYNC_TAG, SW_MESSAGE } from '../shared/serviceWorker';

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
  if (event.data?.type === SW_MESSAGE.skipWaiting) void self.skipWaiting();
});

// Background Sync, where the browser has it: the network is back, so wake any open page to
// send its outbox. The worker holds no data of its own; the page's loop remains the rule
// (it also sends at start-up, when shown again and on a timer).
self.addEventListener('sync', (event) => {
  const e = event as ExtendableEvent & { tag: string };
  if (e.tag !== BACKGROUND_SYNC_TAG) return;
  e.waitUntil(
    self.clients
      .matchAll({ type: 'window' })
      .then((windows) => windows.forEach((w) => w.postMessage({ type: SW_MESSAGE.syncNow }))),
  );
});
