import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/client/i18n';
import { staffEn as coreEn } from '../../src/client/i18n/staff/en';
import { staffSv as coreSv } from '../../src/client/i18n/staff/sv';
import { reportEn } from '../../src/client/i18n/staff/reportEn';
import { reportSv } from '../../src/client/i18n/staff/reportSv';
import { stepsEn } from '../../src/client/i18n/staff/stepsEn';
import { stepsSv } from '../../src/client/i18n/staff/stepsSv';
import { teamEn } from '../../src/client/i18n/staff/teamEn';
import { teamSv } from '../../src/client/i18n/staff/teamSv';
import { svUi as sv } from '../../src/client/i18n/languages/sv';
import { INSTRUMENTS, textGaps } from '../../src/shared/instruments';
import { LANGUAGES } from '../../src/shared/language';

// The staff chunk's catalog is its core strings, the team page's and the report's, loaded together.
const staffSv = { ...coreSv, ...teamSv, ...reportSv, ...stepsSv };
const staffEn = { ...coreEn, ...teamEn, ...reportEn, ...stepsEn };

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
const usedKeys = (paths: string[]) =>
  new Set(
    paths.flatMap((p) =>
      [...readFileSync(p, 'utf8').matchAll(/\bt\('([a-z][\w.]+)'/gi)].map((m) => m[1]!),
    ),
  );

/**
 * A participant's phone loads only the participant catalog at first; the staff strings come
 * with the staff screens. A participant screen naming a staff key would show the bare key.
 */
describe('the catalogs', () => {
  it('hold every key the participant screens use', () => {
    const participant = [
      ...files('src/client/ui/participant'),
      ...files('src/client/ui/common'),
      'src/client/App.tsx',
    ];
    const missing = [...usedKeys(participant)].filter((k) => !(k in sv));
    expect(missing).toEqual([]);
  });

  it('hold every key the staff and tablet screens use, in one of the two', () => {
    const staff = [
      ...files('src/client/ui/coach'),
      ...files('src/client/ui/team'),
      ...files('src/client/ui/tablet'),
    ];
    const missing = [...usedKeys(staff)].filter((k) => !(k in sv) && !(k in staffSv));
    expect(missing).toEqual([]);
  });

  it('never define a key twice, and the staff side is complete in English', () => {
    expect(Object.keys(staffEn).sort()).toEqual(Object.keys(staffSv).sort());
    expect(Object.keys(sv).filter((k) => k in staffSv)).toEqual([]);
    expect(Object.keys(coreSv).filter((k) => k in teamSv || k in reportSv)).toEqual([]);
    expect(Object.keys(teamSv).filter((k) => k in reportSv)).toEqual([]);
  });
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** A language is one module: each must say everything Swedish says, with the same blanks. */
describe.each(LANGUAGES)('the %s catalog', (lang) => {
  it('has every participant string, each with the placeholders of the Swedish one', async () => {
    const { ui } = await loadLanguage(lang);
    expect(Object.keys(ui).sort()).toEqual(Object.keys(sv).sort());
    const wrong = Object.entries(sv)
      .filter(
        ([key, text]) =>
          placeholders(ui[key as keyof typeof sv]).join() !== placeholders(text).join(),
      )
      .map(([key]) => key);
    expect(wrong).toEqual([]);
    expect(Object.entries(ui).filter(([, text]) => !text.trim())).toEqual([]);
  });

  it("has every instrument's words for exactly its items", async () => {
    const { instruments } = await loadLanguage(lang);
    for (const def of Object.values(INSTRUMENTS))
      expect({ [def.id]: textGaps(def, instruments[def.id]) }).toEqual({ [def.id]: [] });
  });

  it('says whether a native speaker has reviewed it', async () => {
    const { review } = await loadLanguage(lang);
    if (lang === 'sv') expect(review.status).toBe('source');
    else expect(review.status).not.toBe('source');
    if (review.status === 'reviewed') expect(review.by.trim()).not.toBe('');
    if (review.status === 'unreviewed') expect(review.note.trim()).not.toBe('');
  });
});
