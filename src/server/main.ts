import { serve } from '@hono/node-server';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app';
import { loadConfig } from './config';
import { openStore } from './db/connect';

/** `npm start`: build the PWA when needed, open the database, serve app and API. */
const root = join(import.meta.dirname, '../..');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function buildIfNeeded() {
  const built = join(root, 'dist/index.html');
  const sources = [
    'src/client',
    'src/shared',
    'src/domain',
    'src/sw',
    'public',
    'index.html',
    'vite.config.ts',
  ].map((p) => join(root, p));
  if (
    existsSync(built) &&
    Math.max(...sources.filter(existsSync).map(newest)) <= statSync(built).mtimeMs
  )
    return;
  console.log('Building the app …');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

try {
  const config = loadConfig();
  if (!process.env.SKIP_BUILD) buildIfNeeded();
  const store = await openStore(config);
  const app = buildApp(store, { ...config, staticDir: join(root, 'dist') });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    const where =
      store.dialect === 'sqlite'
        ? `SQLite in ${join(config.dataDir, 'stegvis.sqlite')}`
        : 'PostgreSQL';
    console.log(`Stegvis is running on http://localhost:${config.port} (${where})`);
  });
  const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
