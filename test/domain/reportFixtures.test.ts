import { describe, expect, it } from 'vitest';
import { teamReport } from '../../src/domain/report/cohort';
import { presetPeriod } from '../../src/domain/report/period';
import { round } from '../../src/domain/report/statistics';
import { DEFAULT_TEAM_SETTINGS, type TeamSettings } from '../../src/shared/team';
import { exits, person } from '../builders/cohort';

/** The teams' own published reports (../shared/domain.md), rebuilt as data. */
describe('reports rebuilt from real teams', () => {
  it('Säter 2020/21: 13 exits, 9 of 11 reached the goal with drop-outs left out (82 %)', () => {
    const period = presetPeriod('julyToJune', 2020);
    const cohort = [
      ...exits(4, 'work', '2020-10-01'),
      ...exits(3, 'studies', '2021-01-10'),
      ...exits(2, 'vocational_rehab', '2021-03-01'),
      ...exits(2, 'other', '2021-05-20'),
      ...exits(2, 'dropout', '2020-09-01'),
      // Exited before the period and after it: not this year's exits.
      ...exits(1, 'work', '2020-06-30'),
      ...exits(1, 'work', '2021-07-01'),
    ];
    const settings: TeamSettings = { ...DEFAULT_TEAM_SETTINGS, dropoutsInDenominator: false };
    const report = teamReport(cohort, period, {}, settings);
    expect(report.exits.total).toBe(13);
    expect(report.exits.byReason).toMatchObject({ work: 4, studies: 3, dropout: 2 });
    expect(report.goal).toMatchObject({ reached: 9, denominator: 11 });
    expect(round(report.goal.percent!, 0)).toBe(82);
  });

  it('Avesta 2021/22: 15 of 24 exits reached the goal (62.5 %)', () => {
    const cohort = [
      ...exits(12, 'work', '2021-09-01'),
      ...exits(2, 'studies', '2021-12-01'),
      ...exits(1, 'vocational_rehab', '2022-02-01'),
      ...exits(1, 'medical', '2022-03-01'),
      ...exits(8, 'other', '2022-06-30'),
    ];
    const report = teamReport(cohort, presetPeriod('julyToJune', 2021), {}, DEFAULT_TEAM_SETTINGS);
    expect(report.goal).toEqual({ reached: 15, denominator: 24, percent: 62.5 });
    expect(report.exits.byReasonPercent.work).toBe(50);
  });

  it('Hallstahammar 2019: 11 of 15 positive (73.3 %); ORS 16.9 → 28.0 is +66 %, not +40 %', () => {
    const earlier = { intakeDate: '2018-05-02' };
    const REASONS = [
      ...(['work', 'work', 'work'] as const),
      ...(['job_seeking', 'job_seeking', 'job_seeking', 'job_seeking'] as const),
      ...(['vocational_rehab', 'vocational_rehab', 'vocational_rehab'] as const),
    ];
    const intakes = [12, 14, 15, 16, 17, 18, 18, 19, 20, 20];
    const exitsOrs = [25, 26, 27, 28, 28, 29, 29, 29, 29, 30];
    const withOrs = intakes.map((intake, i) =>
      person({
        intakeDate: '2018-03-01',
        exitDate: '2019-06-01',
        exitReason: REASONS[i]!,
        ors: [
          ['2018-03-01', intake],
          ['2018-09-01', (intake + exitsOrs[i]!) / 2],
          ['2019-05-20', exitsOrs[i]!],
        ],
      }),
    );
    const cohort = [
      ...withOrs,
      ...exits(1, 'vocational_rehab', '2019-09-01', earlier),
      ...exits(3, 'medical', '2019-10-01', earlier),
      ...exits(1, 'dropout', '2019-02-01', { intakeDate: '2019-01-02' }),
    ];
    const settings: TeamSettings = {
      ...DEFAULT_TEAM_SETTINGS,
      goalExitReasons: ['work', 'job_seeking', 'vocational_rehab'],
    };
    const report = teamReport(cohort, presetPeriod('calendarYear', 2019), {}, settings);
    expect(report.exits.total).toBe(15);
    expect(report.goal.reached).toBe(11);
    expect(round(report.goal.percent!)).toBe(73.3);
    expect(report.ors.n).toBe(10);
    expect(round(report.ors.intakeMean!)).toBe(16.9);
    expect(round(report.ors.exitMean!)).toBe(28);
    expect(round(report.ors.changePercent!, 0)).toBe(66);
    expect(report.ors.reliablyImproved.percent).toBe(100);
    // Every intake was under 25 and every exit at or over it.
    expect(report.ors.clinicallySignificant.percent).toBe(100);
  });
});
