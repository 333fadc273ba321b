import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/client/i18n/en';
import { staffEn as coreEn } from '../../src/client/i18n/staff/en';
import { staffSv as coreSv } from '../../src/client/i18n/staff/sv';
import { teamEn } from '../../src/client/i18n/staff/teamEn';
import { teamSv } from '../../src/client/i18n/staff/teamSv';
import { sv } from '../../src/client/i18n/sv';

// The staff chunk's catalog is its core strings and the team page's, loaded together.
const staffSv = { ...coreSv, ...teamSv };
const staffEn = { ...coreEn, ...teamEn };

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

  it('are complete in English and never define a key twice', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    expect(Object.keys(staffEn).sort()).toEqual(Object.keys(staffSv).sort());
    expect(Object.keys(sv).filter((k) => k in staffSv)).toEqual([]);
    expect(Object.keys(coreSv).filter((k) => k in teamSv)).toEqual([]);
  });
});
