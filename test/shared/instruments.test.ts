import { describe, expect, it } from 'vitest';
import {
  INSTRUMENTS,
  applyWording,
  wordingFileSchema,
  wordingProblems,
  type InstrumentWording,
  type WordingFile,
  instrumentDefinitionSchema,
} from '../../src/shared/instruments';

describe('instrument definitions', () => {
  it.each(Object.values(INSTRUMENTS))('$id passes the definition schema', (def) => {
    const parsed = instrumentDefinitionSchema.safeParse(def);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has four visual-analog items and a total for ORS, SRS and GSRS', () => {
    for (const def of [INSTRUMENTS.ors, INSTRUMENTS.srs, INSTRUMENTS.gsrs]) {
      expect(def.items).toHaveLength(4);
      expect(def.response).toEqual({ kind: 'vas', min: 0, max: 10, step: 0.1 });
      expect(def.total).toBe(true);
    }
  });

  it('carries the thresholds from the domain', () => {
    const value = (id: keyof typeof INSTRUMENTS, t: string) =>
      INSTRUMENTS[id].thresholds.find((x) => x.id === t)?.value;
    expect(value('ors', 'clinicalCutoff')).toBe(25);
    expect(value('ors', 'adolescentCutoff')).toBe(28);
    expect(value('ors', 'reliableChange')).toBe(5);
    expect(value('srs', 'alliance')).toBe(36);
    expect(value('srs', 'itemAlliance')).toBe(9);
    expect(INSTRUMENTS.gsrs.thresholds[0]).toMatchObject({ value: 36, source: 'team' });
  });

  it('lets the participant write their own goal only on the scaling question', () => {
    expect(
      Object.values(INSTRUMENTS)
        .filter((d) => d.ownGoal)
        .map((d) => d.id),
    ).toEqual(['scale']);
  });

  it('rejects a definition with duplicate items, or with words (they belong in the catalogs)', () => {
    const dup = { ...INSTRUMENTS.ors, items: [INSTRUMENTS.ors.items[0], INSTRUMENTS.ors.items[0]] };
    expect(instrumentDefinitionSchema.safeParse(dup).success).toBe(false);
    const worded = { ...INSTRUMENTS.ors, title: 'Hej' };
    expect(instrumentDefinitionSchema.safeParse(worded).success).toBe(false);
  });
});

describe('licensed wording', () => {
  const ors: InstrumentWording = {
    title: 'Licensed title',
    prompt: 'Licensed prompt',
    anchors: { low: 'Low', high: 'High' },
    items: {
      individual: { label: 'A' },
      interpersonal: { label: 'B' },
      social: { label: 'C' },
      overall: { label: 'D', hint: 'd' },
    },
  };
  const file: WordingFile = {
    format: 'stegvis-wording/1',
    language: 'en',
    name: 'Team licence 2026',
    instruments: { ors },
  };

  it('is valid against the wording schema, and nothing else is', () => {
    expect(wordingFileSchema.safeParse(file).success).toBe(true);
    expect(wordingFileSchema.safeParse({ ...file, extra: 1 }).success).toBe(false);
    expect(wordingFileSchema.safeParse({ ...file, instruments: {} }).success).toBe(false);
    expect(wordingFileSchema.safeParse({ ...file, instruments: { scale: ors } }).success).toBe(
      false,
    );
    expect(wordingFileSchema.safeParse({ ...file, format: 'other/1' }).success).toBe(false);
  });

  it('replaces our words with the licensed ones, keeping only our "when"', () => {
    const ours = {
      title: 'Ours',
      prompt: 'Our prompt',
      when: 'Before the session',
      anchors: { low: 'Bad', high: 'Good' },
      items: Object.fromEntries(
        INSTRUMENTS.ors.items.map((i) => [i.id, { label: `our ${i.id}`, hint: 'ours' }]),
      ),
    };
    const shown = applyWording(INSTRUMENTS.ors, ours, ors)!;
    expect(shown.title).toBe('Licensed title');
    expect(shown.when).toBe('Before the session');
    expect(Object.values(shown.items).map((i) => i.label)).toEqual(['A', 'B', 'C', 'D']);
    // Our hint is never shown beside a licensed label: two wordings would mix.
    expect(shown.items.individual).toEqual({ label: 'A' });
    expect(shown.items.overall).toEqual({ label: 'D', hint: 'd' });
    const { overall: _, ...three } = ors.items;
    expect(applyWording(INSTRUMENTS.ors, ours, { ...ors, items: three })).toBeNull();
  });

  it('names missing and unknown items per instrument', () => {
    const { overall: _, ...three } = ors.items;
    const bad = { ...ors, items: { ...three, extra: { label: 'x' } } };
    expect(wordingProblems({ ...file, instruments: { ors: bad, srs: ors } }, INSTRUMENTS)).toEqual([
      { instrument: 'ors', missing: ['overall'], unknown: ['extra'] },
      {
        instrument: 'srs',
        missing: ['relationship', 'goals', 'approach'],
        unknown: ['individual', 'interpersonal', 'social'],
      },
    ]);
  });
});
