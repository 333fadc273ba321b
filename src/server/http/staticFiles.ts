import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppEnv, Deps } from './context';

/**
 * Serves the built PWA. Hashed assets are cached for a year; the page, the service worker
 * and the manifest are revalidated, so an update reaches phones at their next visit.
 */
export function staticRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const root = deps.config.staticDir;
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });
  app.use('*', serveStatic({ root }));
  // A file that is not there is a 404: never the page with a script's year-long cache.
  app.get('/assets/*', (c) => c.text('Not found', 404));
  app.get('*', async (c, next) => {
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.text('Not found', 404);
    await next();
  });
  // Screens are hash routes, so any other page address gets the app itself.
  app.get('*', serveStatic({ root, path: 'index.html' }));
  return app;
}
