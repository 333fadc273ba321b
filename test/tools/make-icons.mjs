// Renders public/icon.svg to the PNG icons the manifest and iOS need, with Debian's Chromium.
// Run by hand when the icon changes: node test/tools/make-icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { launchOptions } from '../test/e2e/browser.mjs';

const svg = await readFile(new URL('../../public/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage();
const shots = [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['apple-touch-icon.png', 180, 0],
  // Maskable: the glyph inside the 80 % safe zone, background to the edges.
  ['icon-maskable-512.png', 512, 0.1],
];
for (const [name, size, pad] of shots) {
  await page.setViewportSize({ width: size, height: size });
  const inner = pad ? svg.replace('rx="96"', 'rx="0"') : svg;
  const scale = 1 - pad * 2;
  await page.setContent(
    `<body style="margin:0;background:${pad ? '#0b5d57' : 'transparent'}"><div style="width:${size}px;height:${size}px;display:grid;place-items:center"><div style="width:${size * scale}px;height:${size * scale}px">${inner.replace('<svg ', '<svg width="100%" height="100%" ')}</div></div></body>`,
  );
  await page.screenshot({
    path: new URL(`../public/${name}`, import.meta.url).pathname,
    omitBackground: !pad,
  });
}
await browser.close();
