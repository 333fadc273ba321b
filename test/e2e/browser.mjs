// How every browser test starts Debian's Chromium: headless, no sandbox (root in CI), no
// calls home, and a fresh profile so no test sees another's IndexedDB or service worker.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchOptions() {
  return {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

export function freshProfileDir() {
  return mkdtempSync(join(tmpdir(), 'stegvis-chromium-'));
}
