import { describe, expect, it } from 'vitest';
import { outsideReports } from '../../src/domain/disclosure/outside';
import { teamReport } from '../../src/domain/report/cohort';
import { reportingYear } from '../../src/domain/report/reportingYear';
import { DEFAULT_TEAM_SETTINGS } from '../../src/shared/team';
import { exits, person } from '../builders/cohort';

const year = reportingYear(2025, 1);
// Intake 2024-03-01: born 2000 is 24 that year (16–24), born 1990 is 34 (25–34).
const intake = { intakeDate: '2024-03-01' };
const team = [
  ...exits(6, 'work', '2025-04-01', {
    ...intake,
    gender: 'woman',
    birthYear: 2000,
    referrer: 'af',
  }),
  ...exits(5, 'work', '2025-05-01', { ...intake, gender: 'man', birthYear: 1990, referrer: 'fk' }),
  ...exits(7, 'studies', '2025-06-01', {
    ...intake,
    gender: 'man',
    birthYear: 1990,
    referrer: 'af',
  }),
  ...exits(2, 'dropout', '2025-07-01', {
    ...intake,
    gender: 'woman',
    birthYear: 2000,
    referrer: 'fk',
  }),
  ...Array.from({ length: 5 }, () => person({ ...intake, referrer: null })),
];

describe('the exits’ cross-tables', () => {
  it('count each exit once in its reason × gender and reason × age-band cell, as counted by hand', () => {
    const { exits: e } = teamReport(team, year.year, {}, DEFAULT_TEAM_SETTINGS);
    expect(e.byReasonAndGender.work).toEqual({ woman: 6, man: 5, other: 0, unknown: 0 });
    expect(e.byReasonAndGender.studies.man).toBe(7);
    expect(e.byReasonAndGender.dropout.woman).toBe(2);
    expect(e.byAgeBand).toEqual({
      '16-24': 8,
      '25-34': 12,
      '35-44': 0,
      '45-54': 0,
      '55-64': 0,
      '65+': 0,
    });
    expect(e.byReasonAndAgeBand.work['16-24']).toBe(6);
    expect(e.byReasonAndAgeBand.work['25-34']).toBe(5);
  });

  it('give per referrer the exits that reached the goal, as a share of that referrer’s exits', () => {
    const { exits: e } = teamReport(team, year.year, {}, DEFAULT_TEAM_SETTINGS);
    // Work and studies are the default goal: AF 6 + 7 of 13; FK 5 of 7 (2 drop-outs).
    expect(e.byReferrer.af).toEqual({ total: 13, goalReached: 13, percent: 100 });
    expect(e.byReferrer.fk).toMatchObject({ total: 7, goalReached: 5 });
    expect(e.byReferrer.fk!.percent).toBeCloseTo(71.43, 2);
    expect(e.byReferrer.unknown).toEqual({ total: 0, goalReached: 0, percent: null });
  });

  it('go to the steering group for the year only, with 1–4 hidden and the cells that would give them away too', () => {
    const out = outsideReports(
      team,
      [{ key: 't', name: 'T', members: team.map((_, i) => i), settings: DEFAULT_TEAM_SETTINGS }],
      year,
      null,
    );
    const { year: y, first } = out.teams[0]!.reports;
    expect(first.exits.byReasonAndGender).toBeUndefined();
    // 2 drop-outs: the row's total says <5, so its cells all say .. (zeros too).
    expect(y.exits.byReason.dropout).toBe('<5');
    expect(Object.values(y.exits.byReasonAndGender!.dropout)).toEqual(['..', '..', '..', '..']);
    // 8 women exited (shown under throughput): 6 to work beside them would say 2 dropped out.
    expect(y.exits.byReasonAndGender!.work.woman).toBe('..');
    expect(y.exits.byAgeBand!['25-34']).toBe(12);
    // FK's 5 of 7 would say that 2 FK exits did not reach the goal.
    expect(y.exits.byReferrer!.fk!.goalReached).toBe('..');
    expect(y.exits.byReferrer!.af).toEqual({ total: 13, goalReached: 13, percent: 100 });
  });
});
