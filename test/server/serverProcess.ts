import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Stegvis as its host runs it: `npm start`'s launcher (`src/server/start.mjs`) with its
 * variables and node's flags, running the built server (build/server, built once before the
 * tests: buildServer.setup.ts) in a process of its own, on a free port, with the environment
 * given (SQLite in `DATA_DIR` unless `DATABASE_URL` is set).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything it wrote to stdout (its JSON log lines), when `captureLog` was asked for. */
  output(): string;
  exited: Promise<number | null>;
}

/**
 * `npm start`'s command line read from package.json — its variables (`MALLOC_ARENA_MAX=2`)
 * and node's flags (the heap ceiling) — so tests and the bench run the server as it is
 * started, not a copy of its flags that could drift.
 */
function npmStart(): { env: Record<string, string>; nodeArgs: string[] } {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.split(/\s+/);
  const node = words.indexOf('node');
  const script = words.indexOf('src/server/start.mjs');
  if (node < 0 || script < node) throw new Error(`unexpected start script: ${pkg.scripts.start}`);
  const env = Object.fromEntries(words.slice(0, node).map((w) => w.split('=') as [string, string]));
  return { env, nodeArgs: words.slice(node + 1, script) };
}

export async function startServerProcess(
  env: Record<string, string>,
  options: { captureLog?: boolean } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const start = npmStart();
  const child = spawn(process.execPath, [...start.nodeArgs, 'src/server/start.mjs'], {
    env: {
      ...process.env,
      ...start.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SKIP_BUILD: '1',
      DATABASE_URL: '',
      LOG_LEVEL: options.captureLog ? 'info' : 'silent',
      ...env,
    },
    stdio: ['ignore', options.captureLog ? 'pipe' : 'ignore', 'inherit'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url, output: () => output, exited };
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

/** `npm run admin -- …` as an administrator runs it: a process of its own, its output trimmed. */
export function runAdmin(args: string[], env: Record<string, string>, input = '') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', ...args], {
    env,
    input,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}
