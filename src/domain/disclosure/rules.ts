import { EXIT_REASONS, GENDERS, REFERRERS, SUPPORT_TYPES } from '../../shared/participant';
import { AGE_BANDS } from '../../shared/report';
import { FOLLOW_UP_CHOICES, LABOUR_STATUSES } from '../../shared/labourStatus';

/**
 * The allowlist: every figure an audience outside the team may see, and the rule that decides
 * it. A figure of the team's report that is not named here never leaves the team (each
 * person's ORS, the SDs, the number of sessions, anything added later until it gets a rule).
 *
 * Cells are the people behind a figure (see cells.ts). A figure is one of:
 * - `count`: the number of people in a cell, hidden when 1–4 (`<5`) or when it would let a
 *   hidden figure be worked out (`..`);
 * - `percent`: a count's share of another count, shown only when both counts are;
 * - `mean`: a mean, median or change over a cell's people, shown only when their count is and
 *   its layer (the sums of that measure) lets no hidden mean be worked out;
 * - `raters`: a mean over ratings (SRS, GSRS), shown from 5 people who rated up;
 * - `fixed`: not about anyone (the period, the definitions, thresholds).
 * `yearOnly` figures are given for the whole reporting year and not for its halves: a half's
 * and a year's breakdown of everyone active would tell apart those who joined in between.
 */
export type SumLayer = 'age' | 'months' | 'ors' | 'orsSpread';

export type FigureRule =
  | { path: string; kind: 'fixed' }
  | { path: string; kind: 'count'; cell: string; yearOnly?: true }
  | { path: string; kind: 'percent'; cell: string; of: string; yearOnly?: true }
  | { path: string; kind: 'mean'; cell: string; layer: SumLayer; yearOnly?: true }
  | { path: string; kind: 'raters'; cell: string };

const PLACEHOLDERS: Record<string, readonly string[]> = {
  gender: GENDERS,
  reason: EXIT_REASONS,
  referrer: [...REFERRERS, 'unknown'],
  support: [...SUPPORT_TYPES, 'unknown'],
  instrument: ['srs', 'gsrs'],
  band: AGE_BANDS,
  months: FOLLOW_UP_CHOICES.map(String),
  status: LABOUR_STATUSES,
  to: LABOUR_STATUSES,
};

/** `ors.byGender.{gender}.n` → one copy per gender; every string field is filled in alike. */
export function expand<T extends object>(rule: T): T[] {
  const text = JSON.stringify(rule);
  const name = /\{(\w+)\}/.exec(text)?.[1];
  if (!name) return [rule];
  return PLACEHOLDERS[name]!.flatMap((value) =>
    expand(JSON.parse(text.replaceAll(`{${name}}`, value)) as T),
  );
}

const share = (path: string, cell: string, of: string, yearOnly?: true): FigureRule[] => [
  { path: `${path}.count`, kind: 'count', cell, ...(yearOnly && { yearOnly }) },
  { path: `${path}.percent`, kind: 'percent', cell, of, ...(yearOnly && { yearOnly }) },
];
const orsFigures = (path: string, cell: string): FigureRule[] => [
  { path: `${path}.n`, kind: 'count', cell },
  ...(['intakeMean', 'exitMean', 'changeMean', 'changePercent'] as const).map((f): FigureRule => ({
    path: `${path}.${f}`,
    kind: 'mean',
    cell,
    layer: 'ors',
  })),
];

/** The exits' cross-tables, for a whole reporting year (a half's would be mostly marks). */
function exitTableRules(): FigureRule[] {
  const yearOnly = true as const;
  const per = 'exits.byReferrer.{referrer}';
  return [
    {
      path: 'exits.byReasonAndGender.{reason}.{gender}',
      kind: 'count',
      cell: 'exits.reason.{reason}.gender.{gender}',
      yearOnly,
    },
    { path: 'exits.byAgeBand.{band}', kind: 'count', cell: 'exits.age.{band}', yearOnly },
    {
      path: 'exits.byReasonAndAgeBand.{reason}.{band}',
      kind: 'count',
      cell: 'exits.reason.{reason}.age.{band}',
      yearOnly,
    },
    { path: `${per}.total`, kind: 'count', cell: 'exits.referrer.{referrer}', yearOnly },
    {
      path: `${per}.goalReached`,
      kind: 'count',
      cell: 'exits.referrer.{referrer}.reached',
      yearOnly,
    },
    {
      path: `${per}.percent`,
      kind: 'percent',
      cell: 'exits.referrer.{referrer}.reached',
      of: 'exits.referrer.{referrer}',
      yearOnly,
    },
  ];
}

/** The status matrices (intake → exit, exit → each follow-up), for a whole year only. */
function matrixRules(): FigureRule[] {
  return [
    {
      path: 'steps.matrix.{status}.{to}',
      kind: 'count',
      cell: 'steps.cell.{status}.{to}',
      yearOnly: true,
    },
    {
      path: 'followUp.{months}.matrix.{status}.{to}',
      kind: 'count',
      cell: 'followUp.{months}.cell.{status}.{to}',
      yearOnly: true,
    },
  ];
}

/**
 * Cells of the cross-tables: published after every other figure, so a new detailed table
 * never costs the steering group a figure it had (exits by reason, the goal) — where a cell
 * must be hidden so a small one cannot be worked out, it is the detailed one.
 */
export const DETAIL_CELLS: ReadonlySet<string> = new Set(
  [...exitTableRules(), ...matrixRules()].flatMap((r) =>
    expand(r).flatMap((x) => ('cell' in x ? [x.cell] : [])),
  ),
);

export const FIGURE_RULES: readonly FigureRule[] = [
  { path: 'period.from', kind: 'fixed' },
  { path: 'period.to', kind: 'fixed' },
  { path: 'definitions', kind: 'fixed' },
  { path: 'participants.total', kind: 'count', cell: 'participants' },
  { path: 'participants.activeAtStart', kind: 'count', cell: 'activeAtStart' },
  { path: 'participants.enrolled', kind: 'count', cell: 'enrolled' },
  { path: 'participants.exited', kind: 'count', cell: 'exited' },
  { path: 'participants.activeAtEnd', kind: 'count', cell: 'activeAtEnd' },
  ...share('participants.byGender.{gender}', 'participants.gender.{gender}', 'participants', true),
  {
    path: 'participants.meanAge',
    kind: 'mean',
    cell: 'participants',
    layer: 'age',
    yearOnly: true,
  },
  ...share(
    'participants.byReferrer.{referrer}',
    'participants.referrer.{referrer}',
    'participants',
    true,
  ),
  ...share(
    'participants.bySupport.{support}',
    'participants.support.{support}',
    'participants',
    true,
  ),
  { path: 'exits.total', kind: 'count', cell: 'exited' },
  { path: 'exits.byReason.{reason}', kind: 'count', cell: 'exits.reason.{reason}' },
  {
    path: 'exits.byReasonPercent.{reason}',
    kind: 'percent',
    cell: 'exits.reason.{reason}',
    of: 'exited',
  },
  ...exitTableRules(),
  ...matrixRules(),
  { path: 'goal.reached', kind: 'count', cell: 'goal.reached' },
  { path: 'goal.denominator', kind: 'count', cell: 'goal.denominator' },
  { path: 'goal.percent', kind: 'percent', cell: 'goal.reached', of: 'goal.denominator' },
  { path: 'throughput.n', kind: 'count', cell: 'exited' },
  { path: 'throughput.meanMonths', kind: 'mean', cell: 'exited', layer: 'months' },
  { path: 'throughput.medianMonths', kind: 'mean', cell: 'exited', layer: 'months' },
  { path: 'throughput.goalReachedMeanMonths', kind: 'mean', cell: 'goal.reached', layer: 'months' },
  { path: 'throughput.byGender.{gender}.n', kind: 'count', cell: 'exits.gender.{gender}' },
  {
    path: 'throughput.byGender.{gender}.meanMonths',
    kind: 'mean',
    cell: 'exits.gender.{gender}',
    layer: 'months',
  },
  ...orsFigures('ors', 'ors'),
  { path: 'ors.effectSize', kind: 'mean', cell: 'ors', layer: 'orsSpread' },
  ...share('ors.reliablyImproved', 'ors.improved', 'ors'),
  ...share('ors.unchanged', 'ors.unchanged', 'ors'),
  ...share('ors.reliablyDeteriorated', 'ors.deteriorated', 'ors'),
  ...share('ors.clinicallySignificant', 'ors.clinical', 'ors'),
  ...share('ors.intakeBelowCutoff', 'ors.belowCutoff', 'ors'),
  ...orsFigures('ors.byGender.{gender}', 'ors.gender.{gender}'),
  ...orsFigures('ors.byExitReason.{reason}', 'ors.reason.{reason}'),
  // Steps toward work: who moved up the ladder, and who is in work or studies after exit.
  { path: 'steps.n', kind: 'count', cell: 'steps' },
  ...share('steps.movedUp', 'steps.movedUp', 'steps'),
  { path: 'followUp.{months}.n', kind: 'count', cell: 'followUp.{months}' },
  ...share('followUp.{months}.inWorkOrStudies', 'followUp.{months}.inWork', 'followUp.{months}'),
  { path: '{instrument}.threshold', kind: 'fixed' },
  { path: '{instrument}.people', kind: 'count', cell: '{instrument}.people', yearOnly: true },
  { path: '{instrument}.meanTotal', kind: 'raters', cell: '{instrument}.people' },
  { path: '{instrument}.belowThreshold.percent', kind: 'raters', cell: '{instrument}.people' },
].flatMap((r) => expand(r as FigureRule));

/**
 * Cells that are never published but must not be worked out either: the rest of a share
 * (11 of 12 under the cutoff says 1 was not), and for throughput the exits that did not reach
 * the goal (all exits' months − the goal's months would be theirs).
 */
export const RESTS: Readonly<Record<'count' | SumLayer, readonly string[]>> = {
  count: [
    'goal.rest',
    'ors.clinical.rest',
    'ors.belowCutoff.rest',
    ...expand({ p: 'exits.referrer.{referrer}.notReached' }).map((x) => x.p),
    'steps.notMovedUp',
    ...expand({ p: 'followUp.{months}.notInWork' }).map((x) => x.p),
  ],
  age: [],
  months: ['exits.notReached'],
  ors: [],
  orsSpread: [],
};

/**
 * Rests of the year-only matrices: each row's and column's people (and, for a follow-up, all
 * with both statuses). Never shown; a margin of 1–4 makes its whole row or column `..`.
 */
export const YEAR_RESTS: readonly string[] = [
  ...LABOUR_STATUSES.flatMap((s) => [`steps.from.${s}`, `steps.to.${s}`]),
  ...FOLLOW_UP_CHOICES.flatMap((m) => [
    `followUp.${m}.pairs`,
    ...LABOUR_STATUSES.flatMap((s) => [`followUp.${m}.from.${s}`, `followUp.${m}.to.${s}`]),
  ]),
];

/** Layers that can only show what an earlier layer shows (an effect size needs both means). */
export const LAYER_NEEDS: Partial<Record<SumLayer, SumLayer>> = { orsSpread: 'ors' };

/**
 * Wholes and the parts they split into. Where a whole is 1–4 people, all of its parts show
 * `..`, zeros too: a `<5` beside zeros would say which category the few are in.
 */
export const BREAKDOWNS: readonly { whole: string; parts: readonly string[] }[] = [
  { whole: 'participants', parts: ['activeAtStart', 'enrolled'] },
  { whole: 'participants', parts: ['exited', 'activeAtEnd'] },
  { whole: 'participants', parts: ['participants.gender.{gender}'] },
  { whole: 'participants', parts: ['participants.referrer.{referrer}'] },
  { whole: 'participants', parts: ['participants.support.{support}'] },
  { whole: 'exited', parts: ['exits.reason.{reason}'] },
  { whole: 'exited', parts: ['exits.gender.{gender}'] },
  { whole: 'goal.denominator', parts: ['goal.reached', 'goal.rest'] },
  { whole: 'ors', parts: ['ors.improved', 'ors.unchanged', 'ors.deteriorated'] },
  { whole: 'ors', parts: ['ors.clinical', 'ors.clinical.rest'] },
  { whole: 'ors', parts: ['ors.belowCutoff', 'ors.belowCutoff.rest'] },
  { whole: 'ors', parts: ['ors.gender.{gender}'] },
  { whole: 'ors', parts: ['ors.reason.{reason}'] },
  { whole: 'exited', parts: ['exits.age.{band}'] },
  { whole: 'exited', parts: ['exits.referrer.{referrer}'] },
  { whole: 'goal.reached', parts: ['exits.referrer.{referrer}.reached'] },
  { whole: 'steps', parts: ['steps.movedUp', 'steps.notMovedUp'] },
]
  .map((b) => ({ whole: b.whole, parts: b.parts.flatMap((p) => expand({ p }).map((x) => x.p)) }))
  .concat(crossBreakdowns());

/** Each row and each column of a cross-table is a whole its cells split. */
function crossBreakdowns() {
  const out: { whole: string; parts: string[] }[] = [];
  const table = (
    rows: readonly string[],
    cols: readonly string[],
    cell: (r: string, c: string) => string,
    rowWhole: (r: string) => string,
    colWhole: (c: string) => string,
  ) => {
    for (const r of rows) out.push({ whole: rowWhole(r), parts: cols.map((c) => cell(r, c)) });
    for (const c of cols) out.push({ whole: colWhole(c), parts: rows.map((r) => cell(r, c)) });
  };
  table(
    EXIT_REASONS,
    GENDERS,
    (r, g) => `exits.reason.${r}.gender.${g}`,
    (r) => `exits.reason.${r}`,
    (g) => `exits.gender.${g}`,
  );
  table(
    EXIT_REASONS,
    AGE_BANDS,
    (r, b) => `exits.reason.${r}.age.${b}`,
    (r) => `exits.reason.${r}`,
    (b) => `exits.age.${b}`,
  );
  for (const m of FOLLOW_UP_CHOICES)
    out.push({
      whole: `followUp.${m}`,
      parts: [`followUp.${m}.inWork`, `followUp.${m}.notInWork`],
    });
  // The status matrices: the whole, each row and each column.
  const matrix = (base: string, whole: string) => {
    const cell = (a: string, b: string) => `${base}.cell.${a}.${b}`;
    out.push({
      whole,
      parts: LABOUR_STATUSES.flatMap((a) => LABOUR_STATUSES.map((b) => cell(a, b))),
    });
    table(
      LABOUR_STATUSES,
      LABOUR_STATUSES,
      cell,
      (a) => `${base}.from.${a}`,
      (b) => `${base}.to.${b}`,
    );
  };
  matrix('steps', 'steps');
  for (const m of FOLLOW_UP_CHOICES) matrix(`followUp.${m}`, `followUp.${m}.pairs`);
  for (const r of [...REFERRERS, 'unknown'])
    out.push({
      whole: `exits.referrer.${r}`,
      parts: [`exits.referrer.${r}.reached`, `exits.referrer.${r}.notReached`],
    });
  return out;
}

/** The rules that apply to a report for a whole reporting year, or for one of its halves. */
export const rulesFor = (span: 'year' | 'half') =>
  FIGURE_RULES.filter((r) => span === 'year' || !('yearOnly' in r && r.yearOnly));
