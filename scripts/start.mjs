// `npm start`: builds the app when the build is missing or older than its sources, then
// serves it on http://localhost:8080 (PORT). The team server (SQLite under DATA_DIR)
// takes over this script when it lands; until then this serves the participant app.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist/index.html');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) =>
  join(root, p),
);
const stale =
  !existsSync(built) ||
  Math.max(...sources.filter(existsSync).map(newest)) > statSync(built).mtimeMs;
if (stale) {
  console.log('Building Stegvis …');
  const result = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a whole number from 1 to 65535, not "${process.env.PORT}".`);
  process.exit(2);
}
const server = await preview({
  root,
  preview: { port, strictPort: true, host: process.env.HOST ?? 'localhost' },
});
console.log(`Stegvis is running on http://localhost:${port}`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
