import ethiopic400 from '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2?url';
import ethiopic700 from '@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-700-normal.woff2?url';

/** Ge'ez script only: Latin letters and digits keep the app's own font. */
const ETHIOPIC_RANGE = 'U+030E, U+1200-1399, U+2D80-2DDE, U+AB01-AB2E, U+1E7E0-1E7FE';
let added = false;

/**
 * Tigrinya's Ethiopic script, self-hosted from @fontsource (phones without an Ethiopic font
 * would show boxes; no font service is ever asked). Loaded only when Tigrinya is shown; the
 * files are precached with the app, so it works offline.
 */
export function loadEthiopicFont(): void {
  if (added || typeof FontFace === 'undefined') return;
  added = true;
  for (const [url, weight] of [
    [ethiopic400, '400'],
    [ethiopic700, '700'],
  ] as const) {
    const face = new FontFace('Noto Sans Ethiopic', `url(${url}) format('woff2')`, {
      weight,
      display: 'swap',
      unicodeRange: ETHIOPIC_RANGE,
    });
    document.fonts.add(face);
    void face.load().catch(() => {});
  }
}
