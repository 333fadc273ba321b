import { describe, expect, it } from 'vitest';
import { missingItems, total, valueProblems } from '../../src/domain/scoring';
import {
  clinicalCutoff,
  isBelowCutoff,
  ageInYear,
  teamOrsCutoff,
} from '../../src/domain/thresholds';
import { INSTRUMENTS } from '../../src/shared/instruments';

const { ors, srs, scale } = INSTRUMENTS;
const full = { individual: 7.1, interpersonal: 8.2, social: 0.7, overall: 10 };

describe('totals', () => {
  it.each([
    [{ individual: 0, interpersonal: 0, social: 0, overall: 0 }, 0],
    [{ individual: 10, interpersonal: 10, social: 10, overall: 10 }, 40],
    [full, 26],
    [{ individual: 0.1, interpersonal: 0.2, social: 0.3, overall: 0.4 }, 1],
    [{ individual: 4.4, interpersonal: 4.4, social: 4.4, overall: 4.3 }, 17.5],
  ])('%o sums to %d', (values, expected) => {
    expect(total(ors, values)).toBe(expected);
  });

  it('is null while an item is missing, and for scales without a total', () => {
    expect(total(ors, { ...full, social: null })).toBeNull();
    expect(total(scale, { goal: 6 })).toBeNull();
  });

  it('lists missing items in form order', () => {
    expect(missingItems(srs, { goals: 5 })).toEqual(['relationship', 'approach', 'overall']);
    expect(missingItems(ors, full)).toEqual([]);
  });

  it('names values that do not fit the definition', () => {
    expect(valueProblems(ors, full)).toEqual([]);
    expect(valueProblems(ors, { ...full, extra: 1 })).toEqual(['unknown item extra']);
    expect(valueProblems(ors, { ...full, social: 10.5 })).toEqual([
      'value out of scale for social',
    ]);
    expect(valueProblems(scale, { goal: 6.5 })).toEqual(['value out of scale for goal']);
  });
});

describe('thresholds', () => {
  it('uses 25 for adults, 28 for ages 13–17 and 25 without an age', () => {
    expect(clinicalCutoff(ors, 30)).toBe(25);
    expect(clinicalCutoff(ors, 18)).toBe(25);
    expect(clinicalCutoff(ors, 17)).toBe(28);
    expect(clinicalCutoff(ors, 13)).toBe(28);
    expect(clinicalCutoff(ors)).toBe(25);
  });

  it("uses the team's own cutoffs for the same age bands", () => {
    const team = { orsCutoffAdult: 24, orsCutoffYouth: 27 };
    expect([30, 18, 17, 13, 12, undefined].map((age) => teamOrsCutoff(ors, team, age))).toEqual([
      24, 24, 27, 27, 24, 24,
    ]);
  });

  it('counts a score exactly at the cutoff as not below it', () => {
    expect(isBelowCutoff(24.9, 25)).toBe(true);
    expect(isBelowCutoff(25, 25)).toBe(false);
  });

  it('computes age from the birth year', () => {
    expect(ageInYear(2009, new Date('2026-03-01'))).toBe(17);
  });
});
