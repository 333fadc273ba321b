import { describe, expect, it } from 'vitest';
import { canWithdraw, foldHistory, series } from '../../src/domain/history';
import { progressChart } from '../../src/domain/progress';
import { INSTRUMENTS } from '../../src/shared/instruments';
import type { Fact, RatingFact } from '../../src/shared/rating';

let n = 0;
const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const ors = (at: string, v: number, note?: string): RatingFact => ({
  type: 'rating',
  id: id(),
  instrument: 'ors',
  instrumentVersion: 1,
  administeredAt: at,
  values: { individual: v, interpersonal: v, social: v, overall: v },
  provenance: 'participant_device',
  wording: 'neutral',
  ...(note ? { note } : {}),
});

describe('foldHistory', () => {
  const first = ors('2026-01-10T09:00:00Z', 4, 'tough week');
  const second = ors('2026-01-03T09:00:00Z', 3);
  const mistake = ors('2026-01-17T09:00:00Z', 9);
  const facts: Fact[] = [
    first,
    mistake,
    second,
    { type: 'withdrawal', id: id(), ratingId: mistake.id, at: '2026-01-17T09:05:00Z' },
    {
      type: 'note',
      id: id(),
      ratingId: first.id,
      at: '2026-01-12T10:00:00Z',
      text: 'later thought',
    },
  ];

  it('orders by when the rating was made and folds notes in', () => {
    const views = foldHistory(facts);
    expect(views.map((v) => v.total)).toEqual([12, 16, 36]);
    expect(views[1]!.notes).toEqual(['tough week', 'later thought']);
  });

  it('keeps withdrawn ratings as facts but leaves them out of a series', () => {
    const views = foldHistory(facts);
    expect(views.find((v) => v.rating.id === mistake.id)?.withdrawn).toBe(true);
    expect(series(views, 'ors').map((v) => v.total)).toEqual([12, 16]);
  });

  it('draws totals with the reference line for ORS only when asked', () => {
    const views = foldHistory(facts);
    const chart = progressChart(views, INSTRUMENTS.ors, { showReference: true });
    expect(chart).toMatchObject({
      max: 40,
      reference: 25,
      lines: [{ key: 'total', values: [12, 16] }],
    });
    expect(
      progressChart(views, INSTRUMENTS.ors, { showReference: false }).reference,
    ).toBeUndefined();
    expect(progressChart(views, INSTRUMENTS.ors, { showReference: true, age: 15 }).reference).toBe(
      28,
    );
  });

  it('draws one line per item where there is no total', () => {
    const chart = progressChart([], INSTRUMENTS.compass, { showReference: true });
    expect(chart.lines.map((l) => l.key)).toEqual(['home', 'relationships', 'health', 'work']);
    expect(chart.max).toBe(10);
    expect(chart.reference).toBeUndefined();
  });
});

describe('canWithdraw', () => {
  const view = foldHistory([ors('2026-01-10T09:00:00Z', 5)])[0]!;
  it('allows withdrawal for 24 hours after the rating', () => {
    expect(canWithdraw(view, new Date('2026-01-11T09:00:00Z'))).toBe(true);
    expect(canWithdraw(view, new Date('2026-01-11T09:00:01Z'))).toBe(false);
  });
  it('refuses a second withdrawal', () => {
    expect(canWithdraw({ ...view, withdrawn: true }, new Date('2026-01-10T10:00:00Z'))).toBe(false);
  });
});
