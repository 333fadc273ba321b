import * as z from 'zod/mini';
import { plainText } from './text';

/** Who a participant is to the server: a pseudonymous code, and only what reports need. */
export const GENDERS = ['woman', 'man', 'other', 'unknown'] as const;
export const genderSchema = z.enum(GENDERS);
export type Gender = z.infer<typeof genderSchema>;

export const EXIT_REASONS = [
  'work',
  'studies',
  'vocational_rehab',
  'job_seeking',
  'medical',
  'other',
  'dropout',
] as const;
export const exitReasonSchema = z.enum(EXIT_REASONS);
export type ExitReason = z.infer<typeof exitReasonSchema>;

export const REFERRERS = [
  'af',
  'fk',
  'region_psychiatry',
  'region_primary_care',
  'social_services',
  'municipal_other',
  'other',
] as const;
export const referrerSchema = z.enum(REFERRERS);

export const SUPPORT_TYPES = [
  'sjukpenning',
  'sjukersattning',
  'aktivitetsersattning',
  'forsorjningsstod',
  'none_other',
] as const;
export const supportTypeSchema = z.enum(SUPPORT_TYPES);

/** Years in public support at intake: 0–60, to a tenth (the reports give e.g. 5.5). */
export const yearsInSupportSchema = z.number().check(
  z.gte(0),
  z.lte(60),
  z.refine((v) => Math.abs(Math.round(v * 10) - v * 10) < 1e-6, { message: 'One decimal at most' }),
);

/** A calendar date, YYYY-MM-DD, that exists (no 2026-02-30). */
export const isoDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/),
  z.refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'Not a real date' },
  ),
);

/** Pseudonymous: letters, digits and dashes only, so nobody types a name or personnummer here. */
export const participantCodeSchema = z
  .string()
  .check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,31}$/));

export const newParticipantSchema = z.strictObject({
  code: participantCodeSchema,
  displayName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60), plainText)),
  gender: genderSchema,
  birthYear: z.int().check(z.gte(1900), z.lte(2100)),
  intakeDate: isoDateSchema,
  referrer: z.optional(referrerSchema),
  support: z.optional(supportTypeSchema),
  yearsInSupport: z.optional(yearsInSupportSchema),
});
export type NewParticipant = z.infer<typeof newParticipantSchema>;

/**
 * A correction to intake or exit data. Every field is optional; an exit needs a date and a
 * reason together (null clears an exit recorded by mistake).
 */
export const participantChangeSchema = z
  .strictObject({
    displayName: z.optional(
      z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
    ),
    gender: z.optional(genderSchema),
    birthYear: z.optional(z.int().check(z.gte(1900), z.lte(2100))),
    intakeDate: z.optional(isoDateSchema),
    referrer: z.optional(z.nullable(referrerSchema)),
    support: z.optional(z.nullable(supportTypeSchema)),
    yearsInSupport: z.optional(z.nullable(yearsInSupportSchema)),
    exitDate: z.optional(z.nullable(isoDateSchema)),
    exitReason: z.optional(z.nullable(exitReasonSchema)),
    exitNote: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(1000), plainText))),
  })
  .check(
    z.refine((c) => (c.exitDate === undefined) === (c.exitReason === undefined), {
      message: 'exitDate and exitReason are changed together',
      path: ['exitReason'],
    }),
    z.refine((c) => (c.exitDate === null) === (c.exitReason === null), {
      message: 'An exit needs both a date and a reason',
      path: ['exitReason'],
    }),
  );
export type ParticipantChange = z.infer<typeof participantChangeSchema>;

/** The coach's own note from a session: staff-only, never sent to a phone. */
export const COACH_NOTE_MAX_LENGTH = 2000;
export const coachNoteSchema = z.strictObject({
  sessionDate: isoDateSchema,
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(COACH_NOTE_MAX_LENGTH)),
});
export type CoachNoteInput = z.infer<typeof coachNoteSchema>;

/** "Talked about it": closes one firing of an alert; the note goes into the history. */
export const acknowledgeAlertSchema = z.strictObject({
  alertId: z.string().check(z.minLength(1), z.maxLength(40)),
  ratingId: z.string().check(z.minLength(1), z.maxLength(100)),
  note: z.string().check(z.trim(), z.minLength(1), z.maxLength(500), plainText),
});
/** `PUT /api/participants/:id/coaches`: one or two responsible coaches, or none. */
export const responsibleCoachesSchema = z.strictObject({
  userIds: z.array(z.uuid()).check(
    z.maxLength(2),
    z.refine((a) => new Set(a).size === a.length, 'Each coach once.'),
  ),
});

export type AcknowledgeAlertInput = z.infer<typeof acknowledgeAlertSchema>;
