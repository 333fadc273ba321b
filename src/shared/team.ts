import * as z from 'zod/mini';
import { INSTRUMENTS, requiredThreshold } from './instruments';
import { EXIT_REASONS, exitReasonSchema, isoDateSchema, type ExitReason } from './participant';
import { LANGUAGES } from './language';
import { languageSchema } from './languageSchema';
import { plainText } from './text';
import { DEFAULT_LADDER, followUpMonthsSchema, ladderSchema } from './labourStatus';

/**
 * A team's own settings: the thresholds its alerts use and how its reports count a goal.
 * Everything has a published or agreed default, so a new team works without touching them.
 */
const score = z.number().check(z.gte(0), z.lte(40));

export const teamSettingsSchema = z.strictObject({
  /** SRS total below this: talk about the alliance (published: 36). */
  srsTotalThreshold: score,
  /** Any SRS item below this (a common heuristic: 9). */
  srsItemThreshold: z.number().check(z.gte(0), z.lte(10)),
  /** The team's own GSRS threshold (no published cutoff; default 36). */
  gsrsThreshold: score,
  /** No reliable ORS improvement after this many sessions. */
  noImprovementSessions: z.int().check(z.gte(2), z.lte(52)),
  /**
   * An SRS drop from the session before counts from this many points: a fall of 0.6 is
   * noise on a 40-point scale, not a conversation.
   */
  srsDropPoints: z.number().check(z.gte(0.5), z.lte(20)),
  /** ORS this many points or more below the start (published reliable change: 5). */
  orsDropPoints: z.number().check(z.gte(1), z.lte(20)),
  /** "Not rated for a while": no rating in this many weeks while active. */
  notRatedWeeks: z.int().check(z.gte(1), z.lte(26)),
  /** ORS clinical cutoffs: adults (published: 25) and ages 13–17 (published: 28). */
  orsCutoffAdult: score,
  orsCutoffYouth: score,
  /** Which exit reasons count as "goal reached" in the team's reports. */
  goalExitReasons: z.array(exitReasonSchema).check(
    z.minLength(1),
    z.maxLength(EXIT_REASONS.length),
    z.refine((a) => new Set(a).size === a.length, 'Each exit reason once.'),
  ),
  /** Whether drop-outs stay in the denominator of the goal percentage. */
  dropoutsInDenominator: z.boolean(),
  /**
   * The month the reporting year starts: 1 (calendar year) or 7 (July–June). Reports outside
   * the team cover that year or one of its halves; an organisation's own value holds for all
   * of its teams.
   */
  reportingYearStart: z.union([z.literal(1), z.literal(7)]),
  /**
   * How many months after exit a participant's record is kept before it is due for erasure
   * (gallring); the organisation's document management plan says how long.
   */
  retentionMonths: z.int().check(z.gte(1), z.lte(240)),
  /**
   * How participants reach the team about their data (name, phone, e-mail, address): shown in
   * the privacy notice on every phone.
   */
  contact: z.string().check(z.maxLength(500), plainText),
  /**
   * The languages participants may choose (always Swedish, the fallback). A team can leave
   * out a language nobody fluent has reviewed yet.
   */
  languages: z.array(languageSchema).check(
    z.refine((a) => a.includes('sv'), 'Swedish is always offered.'),
    z.refine((a) => new Set(a).size === a.length, 'Each language once.'),
  ),
  /** Months after exit at which the team follows up (default 3, 6 and 12). */
  followUpMonths: z.array(followUpMonthsSchema).check(
    z.maxLength(4),
    z.refine((a) => new Set(a).size === a.length, 'Each month once.'),
  ),
  /** The team's ladder of labour-market statuses: a step is a move up it. */
  statusLadder: ladderSchema,
});
export type TeamSettings = z.infer<typeof teamSettingsSchema>;

export const DEFAULT_GOAL_EXIT_REASONS: readonly ExitReason[] = [
  'work',
  'studies',
  'vocational_rehab',
];

/** The defaults are the instruments' own thresholds: one place for 25, 28, 36 and 9. */
export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  srsTotalThreshold: requiredThreshold(INSTRUMENTS.srs, 'alliance'),
  srsItemThreshold: requiredThreshold(INSTRUMENTS.srs, 'itemAlliance'),
  gsrsThreshold: requiredThreshold(INSTRUMENTS.gsrs, 'teamAlliance'),
  noImprovementSessions: 6,
  srsDropPoints: 3,
  orsDropPoints: 5,
  notRatedWeeks: 3,
  orsCutoffAdult: requiredThreshold(INSTRUMENTS.ors, 'clinicalCutoff'),
  orsCutoffYouth: requiredThreshold(INSTRUMENTS.ors, 'adolescentCutoff'),
  goalExitReasons: [...DEFAULT_GOAL_EXIT_REASONS],
  dropoutsInDenominator: true,
  reportingYearStart: 1,
  retentionMonths: 24,
  contact: '',
  languages: [...LANGUAGES],
  followUpMonths: [3, 6, 12],
  statusLadder: { ...DEFAULT_LADDER },
};

/** A change to the settings: any subset, each field validated as above. */
export const teamSettingsChangeSchema = z.partial(teamSettingsSchema);

/**
 * Stored settings merged over the defaults, so a field added in a later version gets its
 * default rather than breaking an older team's row.
 */
export function withDefaults(stored: unknown): TeamSettings {
  const parsed = teamSettingsChangeSchema.safeParse(stored);
  return { ...DEFAULT_TEAM_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

/** The basis on which the team uses licensed instrument wording. */
export const LICENCE_KINDS = ['individual', 'group', 'organisation', 'other'] as const;
export const licenceSchema = z.strictObject({
  holder: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  kind: z.enum(LICENCE_KINDS),
  date: isoDateSchema,
});
export type Licence = z.infer<typeof licenceSchema>;
