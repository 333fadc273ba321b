import { describe, expect, it } from 'vitest';
import { gaussSuppression } from '../../src/domain/disclosure/gauss';
import { outsideReports } from '../../src/domain/disclosure/outside';
import { FIGURE_RULES, rulesFor } from '../../src/domain/disclosure/rules';
import { reportingYear, outsidePeriod } from '../../src/domain/report/reportingYear';
import type { CohortParticipant } from '../../src/domain/report/cohort';
import { DEFAULT_TEAM_SETTINGS } from '../../src/shared/team';
import { flattenReport } from '../../src/server/reports/csv';
import { person } from '../builders/cohort';
import { attack } from './attacker/attack';

/** A breakdown a + b + c = total as cells over inner cells 0, 1, 2. */
const breakdown = { dimension: 3, cells: [[0], [1], [2], [0, 1, 2]] };

describe('secondary suppression by Gaussian elimination', () => {
  it.each([
    ['nothing to protect: all published', [], [3, 0, 1, 2], []],
    ['one small cell: the next wanted after it goes too', [1], [3, 0, 2], [2]],
    ['two small cells protect each other', [1, 2], [3, 0], []],
    ['the total goes when it is wanted last', [1], [0, 2, 3], [3]],
  ])('%s', (_, protect, candidates, hidden) => {
    const r = gaussSuppression({ ...breakdown, protect, candidates });
    expect([...r.hidden].sort()).toEqual(hidden);
  });

  it('keeps a cell hidden only to protect another from being worked out in turn', () => {
    // Two breakdowns of one total: a+b = c+d = total. Protect a; then b goes; then d must not
    // let b be worked out via the second breakdown (b = c + d − a is still unknown with a).
    const r = gaussSuppression({
      dimension: 4,
      cells: [[0], [1], [2], [3], [0, 1, 2, 3], [0, 2], [1, 3]],
      protect: [0],
      candidates: [4, 5, 6, 1, 2, 3],
    });
    // rows: a=[0], b=[1], c=[2], d=[3], total, a+c, b+d.
    expect(r.hidden.has(0)).toBe(false);
    const published = [0, 1, 2, 3, 4, 5, 6].filter((c) => c !== 0 && !r.hidden.has(c));
    expect(published).not.toContain(2); // c with a+c would give a
  });
});

const exitYear = reportingYear(2025, 7);
/** `count` people exiting in the year, with an ORS at intake and one before exit. */
function leavers(count: number, over: (i: number) => Partial<CohortParticipant>) {
  return Array.from({ length: count }, (_, i) =>
    person({
      intakeDate: '2024-09-01',
      exitDate: `2026-0${1 + (i % 5)}-15`,
      exitReason: (['work', 'studies', 'job_seeking', 'other'] as const)[i % 4],
      ors: [
        ['2024-09-01', 12 + i],
        ['2025-12-01', 21 + i * 0.7],
      ],
      ...over(i),
    }),
  );
}

/** The issue's organisation: a team with 12 exits and one with 3, July–June. */
function issueCase() {
  const big = leavers(12, (i) => ({ gender: i % 3 ? 'man' : 'woman' }));
  const small = leavers(3, (i) => ({ gender: i < 2 ? 'woman' : 'other' }));
  const people = [...big, ...small];
  const out = outsideReports(
    people,
    [
      { key: 'big', name: 'Big', members: big.map((_, i) => i), settings: DEFAULT_TEAM_SETTINGS },
      {
        key: 'small',
        name: 'Small',
        members: small.map((_, i) => 12 + i),
        settings: DEFAULT_TEAM_SETTINGS,
      },
    ],
    exitYear,
    DEFAULT_TEAM_SETTINGS,
  );
  const [bigR, smallR] = out.teams.map((t) => t.reports.year);
  return { big: bigR!, small: smallR!, total: out.total!.year, out };
}
const isNumber = (...v: unknown[]) => v.every((x) => typeof x === 'number');

describe('the attacks from the issue, replayed', () => {
  const { big, small, total, out } = issueCase();

  it('a share never gives its hidden count away (intake below the cutoff: 11 of n)', () => {
    for (const r of [big, small, total]) {
      const share = r.ors.intakeBelowCutoff;
      if (typeof share.count === 'number' && typeof share.percent === 'number' && share.percent > 0)
        expect(typeof r.ors.n).toBe('number');
    }
  });

  it("the small team's ORS means cannot be had by subtracting weighted means", () => {
    expect(small.ors.intakeMean).toMatch(/^(<5|\.\.)$/);
    // total × n − big × n would give the small team's sum: never are all four shown.
    expect(isNumber(total.ors.intakeMean, total.ors.n, big.ors.intakeMean, big.ors.n)).toBe(false);
  });

  it("nor its two women's ORS, nor their throughput", () => {
    const w = (r: typeof big) => r.ors.byGender.woman;
    expect(isNumber(w(total).intakeMean, w(total).n, w(big).intakeMean, w(big).n)).toBe(false);
    const tw = (r: typeof big) => r.throughput.byGender.woman;
    expect(isNumber(tw(total).meanMonths, tw(total).n, tw(big).meanMonths, tw(big).n)).toBe(false);
  });

  it('marks a cell hidden to protect another "..", never "<5"', () => {
    expect(small.exits.total).toMatch(/^(<5|\.\.)$/);
    expect(total.exits.total).toBe('..'); // 15, hidden so that 15 − 12 does not give 3
    expect(big.exits.total).toBe(12); // the small team does not blank the big team's rows
  });

  it('the attacker gets nothing from the year and its halves, for both teams and the total', () => {
    const published = out.teams.flatMap((t) =>
      (['year', 'first', 'second'] as const).map((span) => ({
        entity: t.key,
        kind: 'team' as const,
        span,
        report: t.reports[span],
      })),
    );
    for (const span of ['year', 'first', 'second'] as const)
      published.push({ entity: 'total', kind: 'total' as never, span, report: out.total![span] });
    expect(attack(published).filter((c) => c.value !== 0)).toEqual([]);
  });

  it('lets out only what a rule names: no person, no SD, no sessions', () => {
    const paths = new Set(rulesFor('year').map((r) => r.path));
    for (const [path] of flattenReport(big)) {
      if (path === 'audience' || path === 'span') continue;
      const named = paths.has(path) || [...paths].some((p) => path.startsWith(`${p}.`));
      expect(named, path).toBe(true);
    }
    expect(JSON.stringify(big)).not.toMatch(/pairs|Sd"|sessions/);
    expect(FIGURE_RULES.length).toBeGreaterThan(100);
  });

  it('gives breakdowns of everyone active for the whole year only', () => {
    expect(out.teams[0]!.reports.first.participants.byGender).toBeUndefined();
    expect(out.teams[0]!.reports.year.participants.byGender).toBeDefined();
  });
});

describe('reporting years', () => {
  it.each([
    [1, { from: '2025-01-01', to: '2025-12-31' }, 'year'],
    [1, { from: '2025-07-01', to: '2025-12-31' }, 'second'],
    [7, { from: '2025-07-01', to: '2026-06-30' }, 'year'],
    [7, { from: '2026-01-01', to: '2026-06-30' }, 'second'],
    [7, { from: '2025-07-01', to: '2025-12-31' }, 'first'],
    [7, { from: '2025-01-01', to: '2025-12-31' }, null],
    [1, { from: '2025-01-01', to: '2025-06-29' }, null],
  ] as const)('start %i: %j is %s', (start, period, span) => {
    expect(outsidePeriod(period, start)?.span ?? null).toBe(span);
  });
});
