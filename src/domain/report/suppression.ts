import type { TeamReport } from './cohort';
import type { OrsChange } from './orsChange';
import type { Share } from './statistics';

/**
 * Small-cell suppression for figures shown outside a team (a Samordningsförbund comparing
 * its teams): a count of 1–4 people shows "<5", and so does every figure computed from
 * fewer than 5. Complementary suppression hides one more cell wherever a single hidden
 * cell could be worked out from a shown total. Never any participant-level data.
 */
export const MIN_CELL = 5;
export const HIDDEN = '<5';
export type Cell = number | typeof HIDDEN;
export type Figure = number | null | typeof HIDDEN;

const small = (n: number) => n > 0 && n < MIN_CELL;

/**
 * Cells that add up to a shown total. A total under 5 hides every cell (even a zero tells
 * where the few are); a single hidden cell takes the smallest other non-zero cell with it.
 */
export function suppressBreakdown(counts: readonly number[], total: number): Cell[] {
  if (small(total)) return counts.map(() => HIDDEN);
  const hidden = counts.map(small);
  if (hidden.filter(Boolean).length === 1) {
    const partner = counts
      .map((n, i) => ({ n, i }))
      .filter(({ n, i }) => !hidden[i] && n > 0)
      .sort((a, b) => a.n - b.n)[0];
    if (partner) hidden[partner.i] = true;
  }
  return counts.map((n, i) => (hidden[i] ? HIDDEN : n));
}

export interface PublicShare {
  count: Cell;
  percent: Figure;
}

function shares<K extends string>(all: Record<K, Share>, total: number): Record<K, PublicShare> {
  const keys = Object.keys(all) as K[];
  const cells = suppressBreakdown(
    keys.map((k) => all[k].count),
    total,
  );
  return Object.fromEntries(
    keys.map((k, i) => [
      k,
      { count: cells[i]!, percent: cells[i] === HIDDEN ? HIDDEN : all[k].percent },
    ]),
  ) as Record<K, PublicShare>;
}

/** A part of a whole: the part and the rest are two cells of one breakdown. */
function part(s: Share, whole: number): PublicShare {
  const [count] = suppressBreakdown([s.count, whole - s.count], whole);
  return { count: count!, percent: count === HIDDEN ? HIDDEN : s.percent };
}

/** A mean or other figure computed from n people: shown from 5 people up. */
export const figure = (value: number | null, n: number): Figure =>
  n === 0 ? null : small(n) ? HIDDEN : value;

export interface PublicOrsChange {
  n: Cell;
  intakeMean: Figure;
  exitMean: Figure;
  changeMean: Figure;
  changePercent: Figure;
  effectSize: Figure;
  reliablyImproved: PublicShare;
  unchanged: PublicShare;
  reliablyDeteriorated: PublicShare;
  clinicallySignificant: PublicShare;
  intakeBelowCutoff: PublicShare;
}

function publicOrs(o: OrsChange): PublicOrsChange {
  const kinds = shares(
    {
      reliablyImproved: o.reliablyImproved,
      unchanged: o.unchanged,
      reliablyDeteriorated: o.reliablyDeteriorated,
    },
    o.n,
  );
  return {
    n: small(o.n) ? HIDDEN : o.n,
    intakeMean: figure(o.intakeMean, o.n),
    exitMean: figure(o.exitMean, o.n),
    changeMean: figure(o.changeMean, o.n),
    changePercent: figure(o.changePercent, o.n),
    effectSize: figure(o.effectSize, o.n),
    ...kinds,
    clinicallySignificant: small(o.n) ? hiddenShare : part(o.clinicallySignificant, o.n),
    intakeBelowCutoff: small(o.n) ? hiddenShare : part(o.intakeBelowCutoff, o.n),
  };
}
const hiddenShare: PublicShare = { count: HIDDEN, percent: HIDDEN };

const mapValues = <K extends string, A, B>(r: Record<K, A>, f: (a: A) => B) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, f(v as A)])) as Record<K, B>;

/** The report as a team's partners may see it. */
export function publicReport(r: TeamReport) {
  const p = r.participants;
  const [activeAtStart, enrolled] = suppressBreakdown([p.activeAtStart, p.enrolled], p.total);
  const [exited, activeAtEnd] = suppressBreakdown([p.exited, p.activeAtEnd], p.total);
  const reasons = shares(
    mapValues(r.exits.byReason, (count) => ({ count, percent: null }) as Share),
    r.exits.total,
  );
  const goal = part({ count: r.goal.reached, percent: r.goal.percent }, r.goal.denominator);
  // "Reached" is the sum of the goal reasons' cells: it must not give away a hidden one, nor
  // (hidden itself) be the sum of cells that are all shown.
  const goalCells = r.definitions.goalExitReasons;
  const hiddenGoalCells = goalCells.filter((g) => reasons[g].count === HIDDEN);
  if (goal.count !== HIDDEN && hiddenGoalCells.length === 1) {
    goal.count = HIDDEN;
    goal.percent = HIDDEN;
  } else if (goal.count === HIDDEN && hiddenGoalCells.length === 0) {
    const partner = goalCells
      .filter((g) => (reasons[g].count as number) > 0)
      .sort((a, b) => (reasons[a].count as number) - (reasons[b].count as number))[0];
    if (partner) reasons[partner] = { count: HIDDEN, percent: HIDDEN };
  }
  const t = r.throughput;
  return {
    period: r.period,
    filter: r.filter,
    definitions: r.definitions,
    participants: {
      total: small(p.total) ? HIDDEN : p.total,
      activeAtStart: activeAtStart!,
      enrolled: enrolled!,
      exited: exited!,
      activeAtEnd: activeAtEnd!,
      byGender: shares(p.byGender, p.total),
      meanAge: figure(p.meanAge, p.total),
      byReferrer: shares(p.byReferrer, p.total),
      bySupport: shares(p.bySupport, p.total),
    },
    exits: {
      total: small(r.exits.total) ? HIDDEN : r.exits.total,
      byReason: mapValues(reasons, (s) => s.count),
      byReasonPercent: Object.fromEntries(
        Object.entries(reasons).map(([k, s]) => [
          k,
          s.count === HIDDEN ? HIDDEN : r.exits.byReasonPercent[k as keyof typeof reasons],
        ]),
      ),
    },
    goal: {
      reached: goal.count,
      denominator: small(r.goal.denominator) ? HIDDEN : r.goal.denominator,
      percent: goal.percent,
    },
    throughput: {
      n: small(t.n) ? HIDDEN : t.n,
      meanMonths: figure(t.meanMonths, t.n),
      medianMonths: figure(t.medianMonths, t.n),
      goalReachedMeanMonths: figure(t.goalReachedMeanMonths, r.goal.reached),
      byGender: mapValues(t.byGender, (g) => ({
        n: small(g.n) ? HIDDEN : g.n,
        meanMonths: figure(g.meanMonths, g.n),
      })),
    },
    ors: {
      ...publicOrs(r.ors),
      byGender: mapValues(r.ors.byGender, publicOrs),
      byExitReason: mapValues(r.ors.byExitReason, publicOrs),
    },
    srs: {
      ...r.srs,
      meanTotal: figure(r.srs.meanTotal, r.srs.sessions),
      belowThreshold: part(r.srs.belowThreshold, r.srs.sessions),
    },
    gsrs: {
      ...r.gsrs,
      meanTotal: figure(r.gsrs.meanTotal, r.gsrs.sessions),
      belowThreshold: part(r.gsrs.belowThreshold, r.gsrs.sessions),
    },
  };
}
export type PublicReport = ReturnType<typeof publicReport>;

/** Counts that add up across teams to the organisation's total (same people, same rule). */
const ACROSS_TEAMS: readonly string[] = [
  'participants.total',
  'participants.activeAtStart',
  'participants.enrolled',
  'participants.exited',
  'participants.activeAtEnd',
  ...['woman', 'man', 'other', 'unknown'].map((g) => `participants.byGender.${g}.count`),
  'exits.total',
  ...['work', 'studies', 'vocational_rehab', 'job_seeking', 'medical', 'other', 'dropout'].map(
    (r) => `exits.byReason.${r}`,
  ),
  'ors.n',
  'throughput.n',
];

type Tree = Record<string, unknown>;
const SAME_AS_EXITS = ['exits.total', 'throughput.n', 'participants.exited', 'goal.denominator'];
const at = (tree: Tree, path: string[]) =>
  path.reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

/**
 * Hides one count and whatever would give it away: its percentage, the same number
 * elsewhere (exits = throughput n), or the parts that add up to it.
 */
function hide(tree: Tree, dotted: string) {
  const path = dotted.split('.');
  const parent = at(tree, path.slice(0, -1)) as Tree | undefined;
  if (!parent || parent[path.at(-1)!] === HIDDEN) return;
  parent[path.at(-1)!] = HIDDEN;
  if (path.at(-1) === 'count' && 'percent' in parent) parent.percent = HIDDEN;
  if (path[1] === 'byReason') hide(tree, `exits.byReasonPercent.${path[2]}`);
  // The number of exits appears under several names; the goal's counts are made from it.
  if (SAME_AS_EXITS.includes(dotted))
    for (const alias of [...SAME_AS_EXITS, 'goal.reached', 'goal.percent']) hide(tree, alias);
  if (dotted === 'ors.n')
    for (const kind of ['reliablyImproved', 'unchanged', 'reliablyDeteriorated'])
      hide(tree, `ors.${kind}.count`);
  if (dotted === 'participants.total')
    for (const pair of [
      ['activeAtStart', 'enrolled'],
      ['exited', 'activeAtEnd'],
    ]) {
      const [a, b] = pair.map((k) => at(tree, ['participants', k]));
      if (a !== HIDDEN && b !== HIDDEN)
        hide(tree, `participants.${Number(a) <= Number(b) ? pair[0] : pair[1]}`);
    }
}

/**
 * With the organisation's total shown, one team's hidden count could be found by taking
 * the other teams' counts from it: a second team's cell is hidden with it, the smallest.
 */
export function suppressAcrossTeams(teams: PublicReport[], total: PublicReport): void {
  for (const dotted of ACROSS_TEAMS) {
    const path = dotted.split('.');
    if (typeof at(total as unknown as Tree, path) !== 'number') continue;
    const cells = teams.map((t) => at(t as unknown as Tree, path) as Cell);
    if (cells.filter((c) => c === HIDDEN).length !== 1) continue;
    const partner = cells
      .map((c, i) => ({ c, i }))
      .filter((x): x is { c: number; i: number } => typeof x.c === 'number' && x.c > 0)
      .sort((a, b) => a.c - b.c)[0];
    if (partner) hide(teams[partner.i] as unknown as Tree, dotted);
  }
}
