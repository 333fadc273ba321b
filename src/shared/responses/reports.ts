import * as z from 'zod/mini';
import { EXIT_REASONS, exitReasonSchema, GENDERS } from '../participant';
import { AGE_BANDS, periodSchema, reportFilterSchema } from '../report';
import { FOLLOW_UP_CHOICES, LABOUR_STATUSES } from '../labourStatus';
import { questionnaireTableSchema } from '../questionnaire';

/**
 * The reports as the API sends them: the team's own (every figure a number) and the
 * protected ones for the steering group and the organisation. The domain's report types are
 * these schemas' types, so what the server computes is what the client checks.
 */
const num = z.number();
const maybe = z.nullable(z.number());
const byGender = <T extends z.ZodMiniType>(s: T) => z.record(z.enum(GENDERS), s);
const byReason = <T extends z.ZodMiniType>(s: T) => z.record(z.enum(EXIT_REASONS), s);
const byBand = <T extends z.ZodMiniType>(s: T) => z.record(z.enum(AGE_BANDS), s);

/**
 * Exits cross-tabulated for the steering group: reason × gender, age band at intake (alone
 * and × reason), and per referrer the exits that reached the goal (% of that referrer's exits).
 */
const exitTablesOf = <C extends z.ZodMiniType, S extends z.ZodMiniType>(count: C, share: S) => ({
  byReasonAndGender: byReason(byGender(count)),
  byAgeBand: byBand(count),
  byReasonAndAgeBand: byReason(byBand(count)),
  byReferrer: z.record(z.string(), z.object({ total: count, goalReached: count, percent: share })),
});

export const shareSchema = z.object({ count: num, percent: maybe });
export type Share = z.infer<typeof shareSchema>;

export const orsChangeSchema = z.object({
  n: num,
  intakeMean: maybe,
  exitMean: maybe,
  changeMean: maybe,
  changePercent: maybe,
  intakeSd: maybe,
  exitSd: maybe,
  changeSd: maybe,
  effectSize: maybe,
  reliablyImproved: shareSchema,
  unchanged: shareSchema,
  reliablyDeteriorated: shareSchema,
  clinicallySignificant: shareSchema,
  intakeBelowCutoff: shareSchema,
});
export type OrsChange = z.infer<typeof orsChangeSchema>;

export const throughputSchema = z.object({ n: num, meanMonths: maybe, medianMonths: maybe });
export type Throughput = z.infer<typeof throughputSchema>;

export const sessionRatingsSchema = z.object({
  threshold: num,
  /** Distinct participants who rated: the base of every figure below outside the team. */
  people: num,
  sessions: num,
  meanTotal: maybe,
  belowThreshold: shareSchema,
});
export type SessionRatings = z.infer<typeof sessionRatingsSchema>;

export const definitionsSchema = z.object({
  goalExitReasons: z.array(exitReasonSchema),
  dropoutsInDenominator: z.boolean(),
  orsCutoffAdult: num,
  orsCutoffYouth: num,
  reliableChange: num,
  srsThreshold: num,
  gsrsThreshold: num,
});

const byStatus = <T extends z.ZodMiniType>(s: T) => z.record(z.enum(LABOUR_STATUSES), s);
const byFollowUp = <T extends z.ZodMiniType>(s: T) =>
  z.object(
    Object.fromEntries(FOLLOW_UP_CHOICES.map((m) => [String(m), s])) as Record<
      '3' | '6' | '12' | '24',
      T
    >,
  );
/** Rows are where people started (intake, or exit for a follow-up), columns where they ended. */
const statusMatrix = byStatus(byStatus(num));

/**
 * Steps toward work, over the period's exits: intake → exit on the team's ladder, and each
 * follow-up after exit (those recorded so far).
 */
export const stepFiguresSchema = z.object({
  steps: z.object({ n: num, movedUp: shareSchema, matrix: statusMatrix }),
  followUp: byFollowUp(z.object({ n: num, inWorkOrStudies: shareSchema, matrix: statusMatrix })),
});
export type StepFigures = z.infer<typeof stepFiguresSchema>;

export const teamReportSchema = z.object({
  period: periodSchema,
  filter: reportFilterSchema,
  definitions: definitionsSchema,
  participants: z.object({
    /** Everyone enrolled at some time in the period. */
    total: num,
    activeAtStart: num,
    enrolled: num,
    exited: num,
    activeAtEnd: num,
    byGender: byGender(shareSchema),
    meanAge: maybe,
    byReferrer: z.record(z.string(), shareSchema),
    bySupport: z.record(z.string(), shareSchema),
    /** Mean years in public support at intake, over those it is recorded for (n). */
    yearsInSupport: z.object({
      n: num,
      mean: maybe,
      byGender: byGender(z.object({ n: num, mean: maybe })),
    }),
  }),
  exits: z.object({
    total: num,
    byReason: byReason(num),
    byReasonPercent: byReason(maybe),
    ...exitTablesOf(num, maybe),
  }),
  goal: z.object({ reached: num, denominator: num, percent: maybe }),
  throughput: z.object({
    ...throughputSchema.shape,
    goalReachedMeanMonths: maybe,
    goalReachedMedianMonths: maybe,
    byGender: byGender(throughputSchema),
  }),
  ors: z.object({
    ...orsChangeSchema.shape,
    byGender: byGender(orsChangeSchema),
    byExitReason: byReason(orsChangeSchema),
    /** Each exited person's intake and exit ORS, for the change chart; no codes. */
    pairs: z.array(z.object({ intake: num, exit: num })),
  }),
  srs: sessionRatingsSchema,
  gsrs: sessionRatingsSchema,
  ...stepFiguresSchema.shape,
});
export type TeamReport = z.infer<typeof teamReportSchema>;
export type ExitTables = Pick<
  TeamReport['exits'],
  'byReasonAndGender' | 'byAgeBand' | 'byReasonAndAgeBand' | 'byReferrer'
>;

/** A figure outside the team: a number, nothing to show (null), `<5` or `..`. */
export const figureSchema = z.union([z.number(), z.null(), z.literal('<5'), z.literal('..')]);
export type Figure = z.infer<typeof figureSchema>;

export const publicShareSchema = z.object({ count: figureSchema, percent: figureSchema });
export const publicOrsSchema = z.object({
  n: figureSchema,
  intakeMean: figureSchema,
  exitMean: figureSchema,
  changeMean: figureSchema,
  changePercent: figureSchema,
});
export type PublicShare = z.infer<typeof publicShareSchema>;
export type PublicOrs = z.infer<typeof publicOrsSchema>;
export const publicSessionsSchema = z.object({
  threshold: num,
  people: z.optional(figureSchema),
  meanTotal: figureSchema,
  belowThreshold: z.object({ percent: figureSchema }),
});

export type PublicSessions = z.infer<typeof publicSessionsSchema>;

const publicExitTables = exitTablesOf(figureSchema, figureSchema);
const publicStatusMatrix = byStatus(byStatus(figureSchema));

/** Only what the allowlist names; year-only breakdowns are absent from a half-year's. */
export const publicReportSchema = z.object({
  audience: z.enum(['steering', 'organisation']),
  span: z.enum(['year', 'half']),
  period: periodSchema,
  definitions: definitionsSchema,
  participants: z.object({
    total: figureSchema,
    activeAtStart: figureSchema,
    enrolled: figureSchema,
    exited: figureSchema,
    activeAtEnd: figureSchema,
    byGender: z.optional(byGender(publicShareSchema)),
    meanAge: z.optional(figureSchema),
    byReferrer: z.optional(z.record(z.string(), publicShareSchema)),
    bySupport: z.optional(z.record(z.string(), publicShareSchema)),
  }),
  exits: z.object({
    total: figureSchema,
    byReason: byReason(figureSchema),
    byReasonPercent: byReason(figureSchema),
    // For a whole reporting year only: a half's cross-tables would be mostly marks.
    byReasonAndGender: z.optional(publicExitTables.byReasonAndGender),
    byAgeBand: z.optional(publicExitTables.byAgeBand),
    byReasonAndAgeBand: z.optional(publicExitTables.byReasonAndAgeBand),
    byReferrer: z.optional(publicExitTables.byReferrer),
  }),
  goal: z.object({ reached: figureSchema, denominator: figureSchema, percent: figureSchema }),
  throughput: z.object({
    n: figureSchema,
    meanMonths: figureSchema,
    medianMonths: figureSchema,
    goalReachedMeanMonths: figureSchema,
    byGender: byGender(z.object({ n: figureSchema, meanMonths: figureSchema })),
  }),
  ors: z.object({
    ...publicOrsSchema.shape,
    effectSize: figureSchema,
    reliablyImproved: publicShareSchema,
    unchanged: publicShareSchema,
    reliablyDeteriorated: publicShareSchema,
    clinicallySignificant: publicShareSchema,
    intakeBelowCutoff: publicShareSchema,
    byGender: byGender(publicOrsSchema),
    byExitReason: byReason(publicOrsSchema),
  }),
  srs: publicSessionsSchema,
  gsrs: publicSessionsSchema,
  // The matrices for a whole reporting year only, like the exits' cross-tables.
  steps: z.object({
    n: figureSchema,
    movedUp: publicShareSchema,
    matrix: z.optional(publicStatusMatrix),
  }),
  followUp: byFollowUp(
    z.object({
      n: figureSchema,
      inWorkOrStudies: publicShareSchema,
      matrix: z.optional(publicStatusMatrix),
    }),
  ),
});
export type PublicReport = z.infer<typeof publicReportSchema>;

export const disclosureRuleSchema = z.object({
  minCell: num,
  marks: z.object({ '<5': z.string(), '..': z.string() }),
});

/**
 * The previous period's headline figures, beside this period's: for the team the period just
 * before of the same length; outside it the reporting year or half before, as its own
 * protected report gives them (so it says nothing that report does not).
 */
export const comparisonSchema = z.object({
  period: periodSchema,
  participants: z.object({ total: figureSchema, enrolled: figureSchema }),
  exits: z.object({ total: figureSchema }),
  goal: z.object({ reached: figureSchema, denominator: figureSchema, percent: figureSchema }),
  throughput: z.object({ meanMonths: figureSchema }),
  ors: z.object({
    n: figureSchema,
    intakeMean: figureSchema,
    exitMean: figureSchema,
    changeMean: figureSchema,
  }),
});
export type Comparison = z.infer<typeof comparisonSchema>;

/** `GET /api/reports/team`: the team's own report, or with `audience=steering` the protected one. */
export const teamReportResponseSchema = z.union([
  z.object({
    ...teamReportSchema.shape,
    audience: z.literal('team'),
    previous: z.optional(comparisonSchema),
    /** The questionnaire packs' answers, per question: for the team only. */
    questionnaires: z.optional(z.array(questionnaireTableSchema)),
  }),
  z.object({
    ...publicReportSchema.shape,
    audience: z.literal('steering'),
    disclosure: disclosureRuleSchema,
    previous: z.optional(comparisonSchema),
  }),
]);
export type TeamReportResponse = z.infer<typeof teamReportResponseSchema>;

const named = z.object({ id: z.string(), name: z.string() });
/** `GET /api/organisation/report`: the teams side by side, the other teams and the total. */
export const organisationReportSchema = z.object({
  audience: z.literal('organisation'),
  organisation: named,
  period: periodSchema,
  span: z.enum(['year', 'first', 'second']),
  yearStart: z.union([z.literal(1), z.literal(7)]),
  disclosure: disclosureRuleSchema,
  teams: z.array(z.object({ ...named.shape, report: publicReportSchema })),
  /** Teams with fewer than 5 exits in the year, together (when two or more). */
  others: z.nullable(z.object({ teams: z.array(named), report: publicReportSchema })),
  total: publicReportSchema,
});
export type OrganisationReport = z.infer<typeof organisationReportSchema>;
