import * as z from 'zod/mini';
import { GROUP_SESSION_CODE } from './codes';
import { plainText } from './text';
import { instrumentIdSchema } from './instruments/definition';
import { followUpMonthsSchema, incomeSourceSchema, labourStatusSchema } from './labourStatus';

/**
 * Ratings are append-only facts with a client-generated UUID. A mistake is never edited
 * away: it is withdrawn by a later fact, and a note is added by a later fact too.
 */

const uuid = z.uuid();

/** A group session's short code, shown on the coach's screen and typed on phones. */
export const GROUP_SESSION_CODE_LENGTH = 6;
export const groupSessionCodeSchema = z.string().check(z.regex(GROUP_SESSION_CODE));
const isoDateTime = z.iso.datetime({ offset: true });

/** Where a score came from, so reports can tell them apart. */
export const PROVENANCES = [
  'participant_device',
  'shared_tablet',
  'staff_paper',
  'import_total',
] as const;
export const provenanceSchema = z.enum(PROVENANCES);
export type Provenance = z.infer<typeof provenanceSchema>;

/** One decimal, 0.0–10.0: a mark on the 10 cm line, or a whole step on a 0–10 scale. */
export const itemValueSchema = z.number().check(
  z.gte(0),
  z.lte(10),
  z.refine((v) => Math.abs(Math.round(v * 10) - v * 10) < 1e-6, { message: 'One decimal at most' }),
);

export const NOTE_MAX_LENGTH = 500;
export const GOAL_MAX_LENGTH = 200;

export const ratingFactSchema = z.strictObject({
  type: z.literal('rating'),
  id: uuid,
  instrument: instrumentIdSchema,
  instrumentVersion: z.int().check(z.gte(1)),
  /** When the participant made the rating (device clock, with its offset). */
  administeredAt: isoDateTime,
  /** Item scores. Empty only for a total copied from paper (provenance `import_total`). */
  values: z.record(z.string(), itemValueSchema),
  /** Given only when the items are unknown (totals copied from paper); otherwise derived. */
  total: z.optional(
    z.number().check(
      z.gte(0),
      z.lte(40),
      z.refine((v) => Math.abs(Math.round(v * 10) - v * 10) < 1e-6, {
        message: 'One decimal at most',
      }),
    ),
  ),
  provenance: provenanceSchema,
  /** Which wording was shown: 'neutral' (ours) or the name of the team's licensed wording. */
  wording: z.string().check(z.trim(), z.minLength(1), z.maxLength(120), plainText),
  /** The participant's own goal, for the scaling question. */
  goal: z.optional(
    z.string().check(z.trim(), z.minLength(1), z.maxLength(GOAL_MAX_LENGTH), plainText),
  ),
  note: z.optional(
    z.string().check(z.trim(), z.minLength(1), z.maxLength(NOTE_MAX_LENGTH), plainText),
  ),
  /** The participant let their coach read the note; otherwise it is theirs alone. */
  noteShared: z.optional(z.boolean()),
  /** The group session this GSRS is about, by its short code. */
  groupSession: z.optional(groupSessionCodeSchema),
});
export type RatingFact = z.infer<typeof ratingFactSchema>;

export const withdrawalFactSchema = z.strictObject({
  type: z.literal('withdrawal'),
  id: uuid,
  ratingId: uuid,
  at: isoDateTime,
});
export type WithdrawalFact = z.infer<typeof withdrawalFactSchema>;

export const noteFactSchema = z.strictObject({
  type: z.literal('note'),
  id: uuid,
  ratingId: uuid,
  at: isoDateTime,
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(NOTE_MAX_LENGTH), plainText),
  /** The participant let their coach read it. */
  shared: z.optional(z.boolean()),
});
export type NoteFact = z.infer<typeof noteFactSchema>;

/**
 * A follow-up answered on the participant's phone after exit: where they stand now. The
 * server records it as the follow-up's status unless a coach already has.
 */
export const followUpFactSchema = z.strictObject({
  type: z.literal('followUp'),
  id: uuid,
  at: isoDateTime,
  months: followUpMonthsSchema,
  status: labourStatusSchema,
  income: incomeSourceSchema,
});
export type FollowUpFact = z.infer<typeof followUpFactSchema>;

/** The participant ends the follow-up on the phone (withdraws their consent). */
export const followUpEndFactSchema = z.strictObject({
  type: z.literal('followUpEnd'),
  id: uuid,
  at: isoDateTime,
});
export type FollowUpEndFact = z.infer<typeof followUpEndFactSchema>;

/**
 * Answers to a loaded questionnaire pack, by question id: the option values chosen (a
 * question may be left unanswered). Checked against the pack when it arrives.
 */
export const questionnaireFactSchema = z.strictObject({
  type: z.literal('questionnaire'),
  id: uuid,
  at: isoDateTime,
  packId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/)),
  moment: z.enum(['ongoing', 'exit', 'followup']),
  answers: z.record(z.string().check(z.maxLength(60)), z.int().check(z.gte(0), z.lte(9))),
});
export type QuestionnaireFact = z.infer<typeof questionnaireFactSchema>;

export const factSchema = z.discriminatedUnion('type', [
  ratingFactSchema,
  withdrawalFactSchema,
  noteFactSchema,
  followUpFactSchema,
  followUpEndFactSchema,
  questionnaireFactSchema,
]);
export type Fact = z.infer<typeof factSchema>;
