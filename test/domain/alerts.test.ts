import { describe, expect, it } from 'vitest';
import { alertsFor, type AlertId } from '../../src/domain/alerts';
import { DEFAULT_TEAM_SETTINGS } from '../../src/shared/team';
import { changePercent, clinicallySignificant, reliableChange } from '../../src/domain/change';
import { foldHistory } from '../../src/domain/history';
import type { RatingFact } from '../../src/shared/rating';

let n = 0;
const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i * 7)).toISOString();
function rating(instrument: 'ors' | 'srs', values: number[], i = n): RatingFact {
  n++;
  const ids =
    instrument === 'ors'
      ? ['individual', 'interpersonal', 'social', 'overall']
      : ['relationship', 'goals', 'approach', 'overall'];
  return {
    type: 'rating',
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    instrument,
    instrumentVersion: 1,
    administeredAt: day(i),
    values: Object.fromEntries(ids.map((id, k) => [id, values[k]!])),
    provenance: 'participant_device',
    wording: 'neutral',
  };
}
/** An ORS with a given total, spread over the four items (one decimal each). */
const ors = (total: number, i: number) => {
  const q = Math.floor((total / 4) * 10) / 10;
  return rating('ors', [q, q, q, Math.round((total - 3 * q) * 10) / 10], i);
};
const srs = (items: number[], i: number) => rating('srs', items, i);
const ids = (facts: RatingFact[], cutoff = 25) =>
  alertsFor(foldHistory(facts), DEFAULT_TEAM_SETTINGS, cutoff)
    .map((a) => a.id)
    .sort();

describe('alert rules', () => {
  it.each<[string, RatingFact[], AlertId[]]>([
    ['one ORS only, below the cutoff: nothing', [ors(15, 0)], []],
    ['one ORS only, above the cutoff: a note', [ors(30, 0)], ['intakeAboveCutoff']],
    ['intake exactly at the cutoff counts as above', [ors(25, 0)], ['intakeAboveCutoff']],
    [
      'ORS exactly 5 below intake: reliably deteriorated',
      [ors(20, 0), ors(15, 1)],
      ['orsDeteriorated'],
    ],
    ['ORS 4.9 below intake: not yet', [ors(20, 0), ors(15.1, 1)], []],
    [
      '5 sessions without improvement: not yet',
      [0, 1, 2, 3, 4].map((i) => ors(15 + i * 0.5, i)),
      [],
    ],
    [
      '6 sessions without reliable improvement',
      [0, 1, 2, 3, 4, 5].map((i) => ors(15 + i * 0.5, i)),
      ['noImprovement'],
    ],
    [
      '6 sessions, reliably improved at the latest',
      [0, 1, 2, 3, 4, 5].map((i) => ors(15 + i, i)),
      [],
    ],
    ['SRS exactly 36 with every item 9: no alert', [srs([9, 9, 9, 9], 0)], []],
    ['SRS 35.9: below 36', [srs([9, 9, 9, 8.9], 0)], ['srsItemLow', 'srsLow']],
    ['an SRS item of exactly 9 is fine; 8.9 is not', [srs([10, 10, 10, 8.9], 0)], ['srsItemLow']],
    [
      'a drop of the team’s 3 points from the previous SRS',
      [srs([10, 10, 10, 10], 0), srs([9, 9, 9, 10], 1)],
      ['srsDrop'],
    ],
    [
      'a fall under 3 points is no drop (38.6 → 38.0)',
      [srs([10, 9.6, 9.5, 9.5], 0), srs([9.5, 9.5, 9.5, 9.5], 1)],
      [],
    ],
    [
      'the same SRS again is no drop',
      [srs([9.5, 9.5, 9.5, 9.5], 0), srs([9.5, 9.5, 9.5, 9.5], 1)],
      [],
    ],
  ])('%s', (_, facts, expected) => {
    expect(ids(facts)).toEqual([...expected].sort());
  });

  it('uses the adolescent cutoff when given', () => {
    expect(ids([ors(26, 0)], 28)).toEqual([]);
  });

  it('ignores a withdrawn rating', () => {
    const bad = srs([5, 5, 5, 5], 1);
    const facts = [srs([10, 10, 10, 10], 0), bad];
    const views = foldHistory([
      ...facts,
      {
        type: 'withdrawal',
        id: '00000000-0000-4000-8000-999999999999',
        ratingId: bad.id,
        at: day(1),
      },
    ]);
    expect(alertsFor(views, DEFAULT_TEAM_SETTINGS, 25)).toEqual([]);
  });

  it('says why: the numbers behind each alert', () => {
    const [alert] = alertsFor(foldHistory([ors(20, 0), ors(14.5, 1)]), DEFAULT_TEAM_SETTINGS, 25);
    expect(alert).toMatchObject({
      id: 'orsDeteriorated',
      severity: 'alert',
      facts: { intake: 20, latest: 14.5 },
    });
  });
});

describe('change on the ORS', () => {
  it.each([
    [16.9, 21.9, 'improved'],
    [16.9, 21.8, 'unchanged'],
    [20, 15, 'deteriorated'],
    [20, 15.1, 'unchanged'],
  ] as const)('%d → %d is %s', (a, b, expected) => {
    expect(reliableChange(a, b)).toBe(expected);
  });

  it('needs the cutoff crossed from below for clinically significant improvement', () => {
    expect(clinicallySignificant(16.9, 28, 25)).toBe(true);
    expect(clinicallySignificant(25, 30.5, 25)).toBe(false); // intake exactly at the cutoff
    expect(clinicallySignificant(21, 25.9, 25)).toBe(false); // crossed, but only 4.9 points
  });

  it('computes relative change against the intake mean: 16.9 → 28 is +66 %', () => {
    expect(changePercent(16.9, 28)!.toFixed(1)).toBe('65.7');
    expect(changePercent(0, 10)).toBeNull();
  });
});
