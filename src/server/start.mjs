// `npm start`: builds what is missing or older than its sources — the app (vite) and the
// server (esbuild, into build/server) — then runs the built server. Plain JavaScript, so
// the serving process carries no TypeScript loader: tsx's loader thread and compiled
// modules were ~50 MB of the server's memory (`npm run bench`, sync ingest).
// `node src/server/start.mjs --build` only builds the server (part of `npm run build`).
// With SKIP_BUILD=1 (a deployment that ran `npm run build`) nothing is built.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '../..');
const serverOut = join(root, 'build/server');
const serverEntry = join(serverOut, 'main.mjs');

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}
const olderThan = (built, sources) =>
  !existsSync(built) || Math.max(...sources.map((p) => newest(join(root, p)))) > newest(built);

const log = (message) =>
  console.log(JSON.stringify({ level: 30, time: new Date().toISOString(), msg: message }));

function buildApp() {
  const sources = ['src/client', 'src/shared', 'src/domain', 'src/sw', 'public', 'index.html'];
  if (!olderThan(join(root, 'dist/index.html'), [...sources, 'vite.config.ts'])) return;
  log('Building the app …');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The server and its SQLite writer thread, bundled; packages stay in node_modules. */
export async function buildServer() {
  const sources = ['src/server', 'src/shared', 'src/domain', 'package-lock.json'];
  if (!olderThan(serverEntry, sources)) return;
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['src/server/main.ts', 'src/server/db/factWriterThread.mjs'],
    outdir: serverOut,
    entryNames: '[name]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  await esbuild.stop();
}

if (process.argv.includes('--build')) await buildServer();
else {
  if (!process.env.SKIP_BUILD) {
    buildApp();
    await buildServer();
  } else if (!existsSync(serverEntry)) {
    console.error('The server is not built: run `npm run build` (or start without SKIP_BUILD).');
    process.exit(1);
  }
  await import(pathToFileURL(serverEntry).href);
}
