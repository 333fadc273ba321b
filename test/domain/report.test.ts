import { describe, expect, it } from 'vitest';
import { ageBand, teamReport } from '../../src/domain/report/cohort';
import { orsChange, orsPair } from '../../src/domain/report/orsChange';
import { presetPeriod, throughputMonths } from '../../src/domain/report/period';
import { mean, median, percent, sampleSd } from '../../src/domain/report/statistics';
import { DEFAULT_TEAM_SETTINGS } from '../../src/shared/team';
import { person } from '../builders/cohort';

const settings = DEFAULT_TEAM_SETTINGS;
const year2026 = presetPeriod('calendarYear', 2026);

describe('statistics, hand-computed', () => {
  it.each([
    [[2, 4, 4, 4, 5, 5, 7, 9], 5, 4.5, 2.138],
    [[16.9], 16.9, 16.9, null],
    [[1, 2], 1.5, 1.5, 0.707],
  ])('%j: mean %s, median %s, sample SD %s', (values, m, med, sd) => {
    expect(mean(values)).toBeCloseTo(m, 10);
    expect(median(values)).toBe(med);
    if (sd === null) expect(sampleSd(values)).toBeNull();
    else expect(sampleSd(values)).toBeCloseTo(sd, 3);
  });

  it('has no mean, median or percentage of nothing', () => {
    expect([mean([]), median([]), sampleSd([]), percent(1, 0)]).toEqual([null, null, null, null]);
  });

  it('computes throughput months as days / (365.25 / 12)', () => {
    expect(throughputMonths('2026-01-01', '2027-01-01')).toBeCloseTo(365 / 30.4375, 10);
    expect(throughputMonths('2026-03-01', '2026-03-01')).toBe(0);
  });

  it.each([
    [16, '16-24'],
    [24, '16-24'],
    [25, '25-34'],
    [44, '35-44'],
    [64, '55-64'],
    [65, '65+'],
  ])('age %i is in band %s', (age, band) => expect(ageBand(age)).toBe(band));
});

describe('intake and exit ORS', () => {
  const exited = (ors: [string, number][]) =>
    person({ intakeDate: '2026-01-10', exitDate: '2026-06-30', exitReason: 'work', ors });

  it.each([
    ['one ORS only', [['2026-01-10', 15]], null],
    [
      'the second ORS after the exit date',
      [
        ['2026-01-10', 15],
        ['2026-07-01', 30],
      ],
      null,
    ],
    [
      'the last ORS on or before the exit date',
      [
        ['2026-01-10', 15],
        ['2026-03-01', 18],
        ['2026-06-30', 22],
        ['2026-07-02', 39],
      ],
      [15, 22],
    ],
  ] as const)('%s', (_, ors, expected) => {
    const pair = orsPair(exited(ors.map(([d, v]) => [d, v])), settings);
    expect(pair && [pair.intake, pair.exit]).toEqual(expected);
  });

  it('has no pair for someone still active', () => {
    expect(
      orsPair(
        person({
          ors: [
            ['2026-01-10', 15],
            ['2026-02-10', 25],
          ],
        }),
        settings,
      ),
    ).toBeNull();
  });

  it.each([
    ['exactly +5', 15, 20, 25, 'reliablyImproved', false],
    ['+4.9', 15, 19.9, 25, 'unchanged', false],
    ['exactly −5', 20, 15, 25, 'reliablyDeteriorated', false],
    ['+5 across the cutoff', 21, 26, 25, 'reliablyImproved', true],
    ['+5 from exactly the cutoff', 25, 30, 25, 'reliablyImproved', false],
    ['+5 to just under the cutoff', 19.9, 24.9, 25, 'reliablyImproved', false],
  ] as const)('%s', (_, intake, exit, cutoff, kind, significant) => {
    const result = orsChange([{ gender: 'man', exitReason: 'work', intake, exit, cutoff }]);
    expect(result[kind].count).toBe(1);
    expect(result.clinicallySignificant.count).toBe(significant ? 1 : 0);
    expect(result.intakeBelowCutoff.count).toBe(intake < cutoff ? 1 : 0);
  });

  it('summarises n, means, change in points and %, SD and effect size', () => {
    const pairs = [
      [10, 20],
      [20, 24],
      [15, 13],
    ].map(([intake, exit]) => ({
      gender: 'woman' as const,
      exitReason: 'work' as const,
      intake: intake!,
      exit: exit!,
      cutoff: 25,
    }));
    const r = orsChange(pairs);
    expect(r.n).toBe(3);
    expect(r.intakeMean).toBe(15);
    expect(r.exitMean).toBe(19);
    expect(r.changeMean).toBeCloseTo(4, 10);
    expect(r.changePercent).toBeCloseTo(26.667, 3);
    expect(r.intakeSd).toBe(5);
    expect(r.effectSize).toBeCloseTo(0.8, 10);
    expect(r.reliablyImproved.percent).toBeCloseTo(33.333, 3);
    expect(r.unchanged.count).toBe(2);
  });
});

describe('the team report', () => {
  const cohort = [
    // Active at the start, exits in the period after 12 months: a woman, goal reached.
    person({ intakeDate: '2025-06-01', exitDate: '2026-06-01', exitReason: 'work' }),
    // Enrolled and exited in the period after 6 months: a man, not a goal.
    person({
      gender: 'man',
      birthYear: 1960,
      intakeDate: '2026-02-01',
      exitDate: '2026-08-01',
      exitReason: 'medical',
      referrer: 'fk',
    }),
    // Enrolled in the period, still active at the end.
    person({ intakeDate: '2026-11-01', groupIds: ['g1'] }),
    // Exited before the period: not in it at all.
    person({ intakeDate: '2024-01-01', exitDate: '2025-12-31', exitReason: 'work' }),
    // Enrolled after the period.
    person({ intakeDate: '2027-01-02' }),
  ];
  const report = teamReport(cohort, year2026, {}, settings);

  it('counts who was active at the start, enrolled, exited and active at the end', () => {
    expect(report.participants).toMatchObject({
      total: 3,
      activeAtStart: 1,
      enrolled: 2,
      exited: 2,
      activeAtEnd: 1,
    });
    expect(report.participants.byGender.woman).toEqual({ count: 2, percent: (2 / 3) * 100 });
    expect(report.participants.byReferrer.fk!.count).toBe(1);
    expect(report.participants.meanAge).toBeCloseTo((40 + 66 + 41) / 3, 10);
  });

  it('counts exits by reason, the goal and throughput time', () => {
    expect(report.exits.total).toBe(2);
    expect(report.exits.byReason).toMatchObject({ work: 1, medical: 1, studies: 0 });
    expect(report.goal).toEqual({ reached: 1, denominator: 2, percent: 50 });
    expect(report.throughput.meanMonths).toBeCloseTo((365 + 181) / 2 / 30.4375, 10);
    expect(report.throughput.goalReachedMeanMonths).toBeCloseTo(365 / 30.4375, 10);
    expect(report.throughput.byGender.man.n).toBe(1);
    expect(report.throughput.byGender.other.meanMonths).toBeNull();
  });

  it.each([
    [{ gender: 'man' as const }, 1],
    [{ ageBand: '55-64' as const }, 0],
    [{ ageBand: '65+' as const }, 1],
    [{ referrer: 'fk' as const }, 1],
    [{ groupId: 'g1' }, 1],
  ])('filters by %j', (filter, total) => {
    expect(teamReport(cohort, year2026, filter, settings).participants.total).toBe(total);
  });

  it('takes SRS and GSRS sessions in the period; exactly 36 is not below', () => {
    const rated = person({
      intakeDate: '2026-01-05',
      ratings: [
        { instrument: 'srs', date: '2025-12-30', total: 10 },
        { instrument: 'srs', date: '2026-01-05', total: 36 },
        { instrument: 'srs', date: '2026-02-05', total: 35.9 },
        { instrument: 'gsrs', date: '2026-02-05', total: 38 },
      ],
    });
    const r = teamReport([rated], year2026, {}, settings);
    expect(r.srs).toMatchObject({ sessions: 2, meanTotal: 35.95, threshold: 36 });
    expect(r.srs.belowThreshold).toEqual({ count: 1, percent: 50 });
    expect(r.gsrs.belowThreshold.count).toBe(0);
  });
});

describe('years in public support at intake', () => {
  it('gives the mean over those recorded, in all and by gender (the Säter figures)', () => {
    const people = [
      person({ gender: 'woman', yearsInSupport: 4 }),
      person({ gender: 'woman', yearsInSupport: 7 }),
      person({ gender: 'woman', yearsInSupport: null }),
      person({ gender: 'man', yearsInSupport: 8 }),
    ];
    const years = teamReport(people, year2026, {}, settings).participants.yearsInSupport;
    expect(years.n).toBe(3);
    expect(years.mean).toBeCloseTo(19 / 3, 10);
    expect(years.byGender.woman).toEqual({ n: 2, mean: 5.5 });
    expect(years.byGender.man).toEqual({ n: 1, mean: 8 });
    expect(years.byGender.other).toEqual({ n: 0, mean: null });
  });
});
