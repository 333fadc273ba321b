import * as z from 'zod/mini';

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
  displayName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
  gender: genderSchema,
  birthYear: z.int().check(z.gte(1900), z.lte(2100)),
  intakeDate: isoDateSchema,
  referrer: z.optional(referrerSchema),
  support: z.optional(supportTypeSchema),
});
export type NewParticipant = z.infer<typeof newParticipantSchema>;
