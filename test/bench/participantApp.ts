// Participant app figures: first-load JavaScript beside a bare Preact build, and the
// offline time from navigation to an interactive ORS form.
import { gzipSync } from 'node:zlib';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { freshProfileDir, launchOptions } from '../../test/e2e/browser.mjs';

const root = new URL('../..', import.meta.url).pathname;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The JavaScript a first visit loads: the entry script and its static imports. */
function firstLoadJs(dist: string) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only: `import … from "./x.js"`; dynamic import() chunks are not first load.
    for (const m of code.matchAll(
      /(?:^|[;\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      visit(`assets/${m[1]}`);
  };
  files.forEach(visit);
  // A source map comment is not shipped weight.
  const code = (f: string) =>
    readFileSync(join(dist, f), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '');
  const chunks = [...seen].map((file) => ({
    file,
    gzip: gzipSync(code(file), { level: 9 }).length,
    holds: chunkModules(join(dist, `${file}.map`)),
  }));
  return {
    chunks,
    gzip: chunks.reduce((sum, c) => sum + c.gzip, 0),
    hasChartJs: [...seen].some((f) => /LineController|chart\.js/.test(code(f))),
    hasZod: chunks.some((c) => c.holds.includes('zod')),
  };
}

/** What a chunk holds, from its source map: our modules by path, packages by name. */
function chunkModules(mapFile: string): string {
  // A chunk without a map is code the bundler wrote itself (here: the helpers it adds when it
  // lowers class fields), not a module of ours or a package's.
  if (!existsSync(mapFile)) return '(helpers the bundler generated; no source map)';
  const sources = (JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] }).sources;
  const names = sources.map((s) =>
    s.includes('node_modules/')
      ? s.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')
      : s.replace(/.*\/([^/]+)\.[jt]sx?$/, '$1'),
  );
  return [...new Set(names)].join(', ');
}

/** The app built with source maps beside it, so the bench can say what each chunk holds. */
async function buildWithMaps(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'stegvis-dist-'));
  await build({ root, logLevel: 'silent', build: { outDir, sourcemap: true, emptyOutDir: true } });
  return outDir;
}

async function preactHelloFloor() {
  const dir = mkdtempSync(join(tmpdir(), 'stegvis-hello-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><div id="app"></div><script type="module" src="/src/main.jsx"></script>',
  );
  writeFileSync(
    join(dir, 'src/main.jsx'),
    "import { render } from 'preact';\nrender(<p>Hej</p>, document.getElementById('app'));\n",
  );
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    plugins: [preact()],
    resolve: { alias: { preact: join(root, 'node_modules/preact') } },
  });
  return firstLoadJs(join(dir, 'dist')).gzip;
}

/** Navigation → ORS form ready for input, served by the service worker with no network. */
async function offlineOrsTimes(runs = 10) {
  const server = await preview({
    root,
    logLevel: 'silent',
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = `http://127.0.0.1:${(server.httpServer.address() as { port: number }).port}/`;
  const context = await chromium.launchPersistentContext(freshProfileDir(), {
    ...launchOptions(),
    viewport: { width: 390, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await server.close();
  await context.setOffline(true);
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('[role="slider"]').length === 4) {
        (window as unknown as { __orsReady: number }).__orsReady = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('about:blank');
    await page.goto(`${url}#/rate/ors`);
    await page.waitForFunction(
      () => (window as unknown as { __orsReady?: number }).__orsReady !== undefined,
    );
    times.push(await page.evaluate(() => (window as unknown as { __orsReady: number }).__orsReady));
  }
  await context.close();
  times.sort((a, b) => a - b);
  return { median: (times[4]! + times[5]!) / 2, min: times[0]!, max: times.at(-1)! };
}

export async function participantAppFigures(): Promise<void> {
  const app = firstLoadJs(await buildWithMaps());
  const floor = await preactHelloFloor();
  const ors = await offlineOrsTimes();

  console.log('\nParticipant app figures');
  console.log('-----------------------');
  console.log(
    `First-load JavaScript, gzip:   ${kb(app.gzip)}  (goal ≤ 35 KB; ${(app.gzip / floor).toFixed(1)}× the floor)`,
  );
  console.log(`  floor, bare Preact "hello":  ${kb(floor)}`);
  for (const c of app.chunks)
    console.log(
      `    ${kb(c.gzip).padStart(8)}  ${c.file.replace(/-[\w-]{8}\.js$/, '.js')}: ${c.holds}`,
    );
  console.log(`  chart.js in first load:      ${app.hasChartJs ? 'YES (it must not be)' : 'no'}`);
  console.log(
    `  zod in first load:           ${app.hasZod ? 'yes' : 'no (it loads with the first save or sync)'}`,
  );
  console.log(
    `Offline navigation → ORS form ready, headless Chromium, 10 runs (goal ≤ 300 ms median):`,
  );
  console.log(
    `  median ${ors.median.toFixed(0)} ms  (min ${ors.min.toFixed(0)} ms, max ${ors.max.toFixed(0)} ms)`,
  );
}
