import { serve } from '@hono/node-server';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { buildApp } from './app';
import { defaultLogger } from './log';
import { loadConfig } from './config';
import { openStore } from './db/connect';
import { factWriter } from './db/factWriter';

/**
 * The server: open the database, serve app and API. `npm start` runs it built, after
 * building what is stale (start.mjs); the root is two folders up from src/server and from
 * build/server alike.
 */
const root = join(import.meta.dirname, '../..');

/** How long a stop may take before the last connections are cut and the process exits. */
const STOP_MS = 8_000;

try {
  const config = loadConfig();
  // Every line on stdout is a JSON log line, for the host's log system.
  const log = defaultLogger();
  const store = await openStore(config);
  factWriter(store).warm();
  const lifecycle = { draining: false };
  const app = buildApp(store, { ...config, staticDir: join(root, 'dist') }, undefined, {
    log,
    lifecycle,
  });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    const where =
      store.dialect === 'sqlite'
        ? `SQLite in ${join(config.dataDir, 'stegvis.sqlite')}`
        : 'PostgreSQL';
    log.info(
      { event: 'listening', port: config.port, database: store.dialect },
      `Stegvis is running on http://localhost:${config.port} (${where})`,
    );
  }) as Server;
  // A stop under load: accept no new connections, answer what is in flight with
  // "Connection: close", close keep-alive connections as they fall idle, then close the
  // database. Everything already answered was committed before its answer.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    lifecycle.draining = true;
    log.info({ event: 'stopping', signal });
    server.close(
      () =>
        void store.close().then(() => {
          log.info({ event: 'stopped' });
          process.exit(0);
        }),
    );
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    idle.unref();
    setTimeout(() => server.closeAllConnections(), STOP_MS).unref();
    setTimeout(() => process.exit(1), STOP_MS + 1_500).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
