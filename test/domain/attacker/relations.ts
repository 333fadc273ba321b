import { EXIT_REASONS, GENDERS, REFERRERS, SUPPORT_TYPES } from '../../../src/shared/participant';
import { AGE_BANDS } from '../../../src/shared/report';
import {
  DEFAULT_LADDER,
  FOLLOW_UP_CHOICES,
  LABOUR_STATUSES,
} from '../../../src/shared/labourStatus';

/**
 * What an outsider knows of the reports without reading any code: which counts add up to
 * which (as the README describes the report), which shares and means are taken of which
 * counts, and which figures add up across teams and across the halves of a year.
 */
export const REFERRER_KEYS = [...REFERRERS, 'unknown'];
export const SUPPORT_KEYS = [...SUPPORT_TYPES, 'unknown'];
const KINDS = ['reliablyImproved', 'unchanged', 'reliablyDeteriorated'] as const;

export interface Sum {
  whole: string;
  parts: string[];
}

/** Sums inside one report (a `year` report has the breakdowns of everyone active too). */
export function reportSums(year: boolean, goalReasons: readonly string[], dropoutsIn: boolean) {
  const sums: Sum[] = [
    { whole: 'participants.total', parts: ['participants.activeAtStart', 'participants.enrolled'] },
    { whole: 'participants.total', parts: ['participants.exited', 'participants.activeAtEnd'] },
    { whole: 'participants.exited', parts: ['exits.total'] },
    { whole: 'participants.exited', parts: ['throughput.n'] },
    { whole: 'exits.total', parts: EXIT_REASONS.map((r) => `exits.byReason.${r}`) },
    { whole: 'exits.total', parts: GENDERS.map((g) => `throughput.byGender.${g}.n`) },
    { whole: 'goal.reached', parts: goalReasons.map((r) => `exits.byReason.${r}`) },
    {
      whole: 'exits.total',
      parts: ['goal.denominator', ...(dropoutsIn ? [] : ['exits.byReason.dropout'])],
    },
    { whole: 'ors.n', parts: KINDS.map((k) => `ors.${k}.count`) },
    { whole: 'ors.n', parts: GENDERS.map((g) => `ors.byGender.${g}.n`) },
    { whole: 'ors.n', parts: EXIT_REASONS.map((r) => `ors.byExitReason.${r}.n`) },
  ];
  if (year)
    sums.push(
      {
        whole: 'participants.total',
        parts: GENDERS.map((g) => `participants.byGender.${g}.count`),
      },
      {
        whole: 'participants.total',
        parts: REFERRER_KEYS.map((r) => `participants.byReferrer.${r}.count`),
      },
      {
        whole: 'participants.total',
        parts: SUPPORT_KEYS.map((s) => `participants.bySupport.${s}.count`),
      },
      ...crossSums(goalReasons),
      ...matrixSums,
    );
  return sums;
}

/** The exits' cross-tables: each row and column adds up to its margin, as printed. */
function crossSums(goalReasons: readonly string[]): Sum[] {
  const g = (r: string, x: string) => `exits.byReasonAndGender.${r}.${x}`;
  const b = (r: string, x: string) => `exits.byReasonAndAgeBand.${r}.${x}`;
  return [
    ...EXIT_REASONS.map((r) => ({
      whole: `exits.byReason.${r}`,
      parts: GENDERS.map((x) => g(r, x)),
    })),
    ...GENDERS.map((x) => ({
      whole: `throughput.byGender.${x}.n`,
      parts: EXIT_REASONS.map((r) => g(r, x)),
    })),
    ...EXIT_REASONS.map((r) => ({
      whole: `exits.byReason.${r}`,
      parts: AGE_BANDS.map((x) => b(r, x)),
    })),
    ...AGE_BANDS.map((x) => ({
      whole: `exits.byAgeBand.${x}`,
      parts: EXIT_REASONS.map((r) => b(r, x)),
    })),
    { whole: 'exits.total', parts: AGE_BANDS.map((x) => `exits.byAgeBand.${x}`) },
    { whole: 'exits.total', parts: REFERRER_KEYS.map((r) => `exits.byReferrer.${r}.total`) },
    { whole: 'goal.reached', parts: REFERRER_KEYS.map((r) => `exits.byReferrer.${r}.goalReached`) },
    // Goal reached is a set of exit reasons: an outsider who reads the definitions knows it.
    {
      whole: 'goal.reached',
      parts: goalReasons.flatMap((r) => GENDERS.map((x) => g(r, x))),
    },
  ];
}

const matrixCells = (base: string) =>
  LABOUR_STATUSES.flatMap((a) =>
    LABOUR_STATUSES.map((b) => [a, b, `${base}.matrix.${a}.${b}`] as const),
  );
const MATRIX_BASES = ['steps', ...FOLLOW_UP_CHOICES.map((m) => `followUp.${m}`)];

/**
 * The status matrices add up to their n (intake → exit), and the up-moves to those who moved
 * up, on the README's default ladder (every team in these tests keeps it).
 */
export const matrixSums: Sum[] = [
  { whole: 'steps.n', parts: matrixCells('steps').map(([, , p]) => p) },
  {
    whole: 'steps.movedUp.count',
    parts: matrixCells('steps')
      .filter(([a, b]) => DEFAULT_LADDER[b] > DEFAULT_LADDER[a])
      .map(([, , p]) => p),
  },
];

/** The cross-tables' count paths (year reports only). */
export const crossPaths = [
  ...MATRIX_BASES.flatMap((base) => matrixCells(base).map(([, , p]) => p)),
  ...EXIT_REASONS.flatMap((r) => GENDERS.map((x) => `exits.byReasonAndGender.${r}.${x}`)),
  ...AGE_BANDS.map((x) => `exits.byAgeBand.${x}`),
  ...EXIT_REASONS.flatMap((r) => AGE_BANDS.map((x) => `exits.byReasonAndAgeBand.${r}.${x}`)),
  ...REFERRER_KEYS.flatMap((r) => [
    `exits.byReferrer.${r}.total`,
    `exits.byReferrer.${r}.goalReached`,
  ]),
];

/** Count paths of a report. */
export function countPaths(year: boolean): string[] {
  return [
    ...['total', 'activeAtStart', 'enrolled', 'exited', 'activeAtEnd'].map(
      (k) => `participants.${k}`,
    ),
    ...(year
      ? [
          ...GENDERS.map((g) => `participants.byGender.${g}.count`),
          ...REFERRER_KEYS.map((r) => `participants.byReferrer.${r}.count`),
          ...SUPPORT_KEYS.map((s) => `participants.bySupport.${s}.count`),
          'srs.people',
          'gsrs.people',
          ...crossPaths,
        ]
      : []),
    'exits.total',
    ...EXIT_REASONS.map((r) => `exits.byReason.${r}`),
    'goal.reached',
    'goal.denominator',
    'throughput.n',
    ...GENDERS.map((g) => `throughput.byGender.${g}.n`),
    'steps.n',
    'steps.movedUp.count',
    ...FOLLOW_UP_CHOICES.flatMap((m) => [`followUp.${m}.n`, `followUp.${m}.inWorkOrStudies.count`]),
    'ors.n',
    ...[...KINDS, 'clinicallySignificant', 'intakeBelowCutoff'].map((k) => `ors.${k}.count`),
    ...GENDERS.map((g) => `ors.byGender.${g}.n`),
    ...EXIT_REASONS.map((r) => `ors.byExitReason.${r}.n`),
  ];
}

/** A share: its count, its percent and the count it is a share of. */
export function sharePaths(year: boolean) {
  const s = (count: string, percent: string, whole: string) => ({ count, percent, whole });
  return [
    ...(year
      ? [
          ...GENDERS.map((g) => `participants.byGender.${g}`),
          ...REFERRER_KEYS.map((r) => `participants.byReferrer.${r}`),
          ...SUPPORT_KEYS.map((x) => `participants.bySupport.${x}`),
        ].map((p) => s(`${p}.count`, `${p}.percent`, 'participants.total'))
      : []),
    ...(year
      ? REFERRER_KEYS.map((r) =>
          s(
            `exits.byReferrer.${r}.goalReached`,
            `exits.byReferrer.${r}.percent`,
            `exits.byReferrer.${r}.total`,
          ),
        )
      : []),
    ...EXIT_REASONS.map((r) =>
      s(`exits.byReason.${r}`, `exits.byReasonPercent.${r}`, 'exits.total'),
    ),
    s('goal.reached', 'goal.percent', 'goal.denominator'),
    s('steps.movedUp.count', 'steps.movedUp.percent', 'steps.n'),
    ...FOLLOW_UP_CHOICES.map((m) =>
      s(
        `followUp.${m}.inWorkOrStudies.count`,
        `followUp.${m}.inWorkOrStudies.percent`,
        `followUp.${m}.n`,
      ),
    ),
    ...[...KINDS, 'clinicallySignificant', 'intakeBelowCutoff'].map((k) =>
      s(`ors.${k}.count`, `ors.${k}.percent`, 'ors.n'),
    ),
  ];
}

/** A mean: its path, the count it is over, the measure and the group whose sum it gives. */
export interface MeanPath {
  mean: string;
  n: string;
  measure: 'age' | 'months' | 'orsIn' | 'orsEx';
  group: string;
}
export function meanPaths(year: boolean): MeanPath[] {
  const ors = (base: string, n: string): MeanPath[] => [
    { mean: `${base}.intakeMean`, n, measure: 'orsIn', group: base },
    { mean: `${base}.exitMean`, n, measure: 'orsEx', group: base },
  ];
  return [
    ...(year
      ? [
          {
            mean: 'participants.meanAge',
            n: 'participants.total',
            measure: 'age' as const,
            group: 'participants',
          },
        ]
      : []),
    { mean: 'throughput.meanMonths', n: 'throughput.n', measure: 'months', group: 'exits' },
    {
      mean: 'throughput.goalReachedMeanMonths',
      n: 'goal.reached',
      measure: 'months',
      group: 'goal',
    },
    ...GENDERS.map((g): MeanPath => ({
      mean: `throughput.byGender.${g}.meanMonths`,
      n: `throughput.byGender.${g}.n`,
      measure: 'months',
      group: `exits.${g}`,
    })),
    ...ors('ors', 'ors.n'),
    ...GENDERS.flatMap((g) => ors(`ors.byGender.${g}`, `ors.byGender.${g}.n`)),
    ...EXIT_REASONS.flatMap((r) => ors(`ors.byExitReason.${r}`, `ors.byExitReason.${r}.n`)),
  ];
}

/** Sums of measures inside one report: the parts' sums add up to the whole's. */
export const sumSums: { measure: MeanPath['measure']; whole: string; parts: string[] }[] = [
  { measure: 'months', whole: 'exits', parts: GENDERS.map((g) => `exits.${g}`) },
  ...(['orsIn', 'orsEx'] as const).flatMap((measure) => [
    { measure, whole: 'ors', parts: GENDERS.map((g) => `ors.byGender.${g}`) },
    { measure, whole: 'ors', parts: EXIT_REASONS.map((r) => `ors.byExitReason.${r}`) },
  ]),
];

/** Paths whose count depends on a team's definitions: they add up only where those agree. */
export const DEFINITION_BOUND = [
  'goal.',
  // A step is a move up the team's own ladder.
  'steps.movedUp',
  'ors.clinicallySignificant',
  'ors.intakeBelowCutoff',
  ...REFERRER_KEYS.map((r) => `exits.byReferrer.${r}.goalReached`),
];

/** Breakdowns as the marks rule reads them: a part of a whole that may be 1–4 may be too. */
export function parentOf(path: string): string | null {
  if (/^participants\.(activeAtStart|enrolled|exited|activeAtEnd|by\w+\.\w+\.count)$/.test(path))
    return 'participants.total';
  if (path === 'exits.total' || path === 'throughput.n') return 'participants.total';
  if (/^(exits\.byReason\.\w+|throughput\.byGender\.\w+\.n)$/.test(path))
    return 'participants.exited';
  if (path === 'goal.reached') return 'goal.denominator';
  if (/^exits\.(byAgeBand\.[\w+-]+|byReferrer\.\w+\.total)$/.test(path))
    return 'participants.exited';
  const cross = /^exits\.byReasonAnd(?:Gender|AgeBand)\.(\w+)\./.exec(path);
  if (cross) return `exits.byReason.${cross[1]}`;
  const referrer = /^exits\.byReferrer\.(\w+)\.goalReached$/.exec(path);
  if (referrer) return `exits.byReferrer.${referrer[1]}.total`;
  if (/^ors\.(\w+\.count|by\w+\.\w+\.n)$/.test(path)) return 'ors.n';
  return null;
}
