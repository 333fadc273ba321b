import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { teamReport } from '../../src/domain/report/cohort';
import { presetPeriod } from '../../src/domain/report/period';
import {
  HIDDEN,
  publicReport,
  suppressAcrossTeams,
  suppressBreakdown,
} from '../../src/domain/report/suppression';
import { DEFAULT_TEAM_SETTINGS } from '../../src/shared/team';
import { exits, person } from '../builders/cohort';

const H = HIDDEN;
const year = presetPeriod('calendarYear', 2026);

describe('small cells', () => {
  it.each([
    [[10, 5, 7], 22, [10, 5, 7]],
    [[10, 3, 7], 20, [10, H, H]],
    [[10, 3, 2], 15, [10, H, H]],
    [[4, 0, 6], 10, [H, 0, H]],
    [[0, 0, 6], 6, [0, 0, 6]],
    [[3, 1], 4, [H, H]],
    [[0, 2], 2, [H, H]],
    [[5, 5], 10, [5, 5]],
  ])('%j of %i shows %j', (counts, total, shown) => {
    expect(suppressBreakdown(counts, total)).toEqual(shown);
  });

  it('never leaves exactly one hidden cell beside a shown total', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 2, maxLength: 8 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const shown = suppressBreakdown(counts, total);
        const hidden = shown.filter((c) => c === H).length;
        if (total >= 5) expect(hidden).not.toBe(1);
        shown.forEach((c, i) => {
          if (counts[i]! > 0 && counts[i]! < 5) expect(c).toBe(H);
        });
      }),
    );
  });
});

describe('the report outside the team', () => {
  const team = (work: number, other: number) => [
    ...exits(work, 'work', '2026-05-01', { intakeDate: '2025-01-01' }),
    ...exits(other, 'other', '2026-06-01', { intakeDate: '2025-01-01' }),
  ];

  it('hides every count under 5, its percentage, and figures from fewer than 5 people', () => {
    const cohort = [
      ...team(3, 6),
      person({
        intakeDate: '2025-01-01',
        exitDate: '2026-03-01',
        exitReason: 'studies',
        ors: [
          ['2025-01-01', 10],
          ['2026-02-01', 20],
        ],
      }),
    ];
    const r = publicReport(teamReport(cohort, year, {}, DEFAULT_TEAM_SETTINGS));
    expect(r.exits.total).toBe(10);
    expect(r.exits.byReason).toMatchObject({ work: H, studies: H, other: 6, dropout: 0 });
    expect(r.exits.byReasonPercent.work).toBe(H);
    expect(r.ors.n).toBe(H);
    expect(r.ors.intakeMean).toBe(H);
    expect(r.ors.reliablyImproved.count).toBe(H);
    expect(JSON.stringify(r)).not.toContain('pairs');
  });

  it("hides a second team's cell so the total cannot give the first one away", () => {
    const a = teamReport(team(3, 6), year, {}, DEFAULT_TEAM_SETTINGS);
    const b = teamReport(team(7, 5), year, {}, DEFAULT_TEAM_SETTINGS);
    const c = teamReport(team(9, 9), year, {}, DEFAULT_TEAM_SETTINGS);
    const total = publicReport(
      teamReport([...team(3, 6), ...team(7, 5), ...team(9, 9)], year, {}, DEFAULT_TEAM_SETTINGS),
    );
    const shown = [a, b, c].map(publicReport);
    expect(shown.map((t) => t.exits.byReason.work)).toEqual([H, 7, 9]);
    suppressAcrossTeams(shown, total);
    expect(shown.map((t) => t.exits.byReason.work)).toEqual([H, H, 9]);
    expect(shown[1]!.exits.byReasonPercent.work).toBe(H);
    expect(total.exits.byReason.work).toBe(19);
  });

  it('hides the goal count when it and the shown goal reasons would give a hidden one away', () => {
    const cohort = [
      ...exits(6, 'work', '2026-05-01', { intakeDate: '2025-01-01' }),
      ...exits(3, 'studies', '2026-05-01', { intakeDate: '2025-01-01' }),
      ...exits(8, 'other', '2026-05-01', { intakeDate: '2025-01-01' }),
      ...exits(2, 'medical', '2026-05-01', { intakeDate: '2025-01-01' }),
    ];
    const r = publicReport(teamReport(cohort, year, {}, DEFAULT_TEAM_SETTINGS));
    expect(r.exits.byReason).toMatchObject({ work: 6, studies: H, medical: H, other: 8 });
    // 9 reached − 6 in work would be the 3 in studies.
    expect(r.goal).toMatchObject({ reached: H, percent: H, denominator: 19 });
  });
});
