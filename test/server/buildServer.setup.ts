import { spawnSync } from 'node:child_process';

/**
 * Once before the tests: the server as `npm start` runs it (build/server, bundled), for the
 * tests that start it as a process of its own (serverProcess.ts). Built here and not in
 * each test file, so two files never write the bundle at the same time.
 */
export default function setup() {
  const r = spawnSync(process.execPath, ['src/server/start.mjs', '--build'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`building the server failed: ${r.stderr}`);
}
