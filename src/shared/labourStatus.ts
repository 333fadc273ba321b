import * as z from 'zod/mini';
import { FOLLOW_UP_CHOICES } from './moments';
import { isoDateSchema } from './participant';

/**
 * Where a participant stands on the labour market, recorded at intake, at exit and at
 * follow-ups after exit: the measure of the national FINSAM evaluation ("stegförflyttning").
 */
export const LABOUR_STATUSES = [
  'work',
  'subsidised_work',
  'studies',
  'af_programme',
  'job_seeking',
  'sick_leave',
  'compensation',
  'other',
] as const;
export type LabourStatus = (typeof LABOUR_STATUSES)[number];
export const labourStatusSchema = z.enum(LABOUR_STATUSES);

/** What the participant mainly lives on. */
export const INCOME_SOURCES = [
  'salary',
  'study_support',
  'activity_support',
  'sickness_benefit',
  'compensation',
  'financial_assistance',
  'none',
  'other',
] as const;
export const incomeSourceSchema = z.enum(INCOME_SOURCES);
export type IncomeSource = (typeof INCOME_SOURCES)[number];

/** The statuses that count as "in work or studies" in the report's follow-up figures. */
export const WORK_OR_STUDIES: readonly LabourStatus[] = ['work', 'subsidised_work', 'studies'];

/**
 * The ladder: each status's step, higher is closer to work and self-support; a move up the
 * ladder between two records is a step. Statuses on the same step are level (a move between
 * them is no step). The default follows the FINSAM evaluation's order; a team may change it.
 */
export const DEFAULT_LADDER: Record<LabourStatus, number> = {
  compensation: 1,
  sick_leave: 2,
  other: 2,
  job_seeking: 3,
  af_programme: 4,
  studies: 5,
  subsidised_work: 5,
  work: 6,
};
export const ladderSchema = z.record(labourStatusSchema, z.int().check(z.gte(1), z.lte(10)));

export { FOLLOW_UP_CHOICES, type FollowUpMonths } from './moments';
export const followUpMonthsSchema = z.union(FOLLOW_UP_CHOICES.map((m) => z.literal(m)));

export const STATUS_MOMENTS = ['intake', 'exit', 'followup'] as const;
export type StatusMoment = (typeof STATUS_MOMENTS)[number];

/** One record: the moment, for a follow-up its months after exit, and the day it held. */
export const statusRecordSchema = z
  .strictObject({
    moment: z.enum(STATUS_MOMENTS),
    /** 0 for intake and exit; 3, 6, 12 or 24 for a follow-up. */
    months: z.int().check(z.gte(0), z.lte(24)),
    status: labourStatusSchema,
    income: incomeSourceSchema,
    recordedOn: isoDateSchema,
  })
  .check(
    z.refine(
      (r) =>
        r.moment === 'followup'
          ? (FOLLOW_UP_CHOICES as readonly number[]).includes(r.months)
          : r.months === 0,
      {
        message: 'A follow-up is 3, 6, 12 or 24 months after exit; intake and exit are 0.',
        path: ['months'],
      },
    ),
  );
export type StatusRecord = z.infer<typeof statusRecordSchema>;

/** Who recorded it: the coach (from a call or a meeting) or the participant on the phone. */
export const statusRecordViewSchema = z.object({
  ...statusRecordSchema.shape,
  recordedBy: z.enum(['coach', 'participant']),
});
export const statusListSchema = z.object({ statuses: z.array(statusRecordViewSchema) });
export type StatusRecordView = z.infer<typeof statusRecordViewSchema>;

/** A step is a move up the team's ladder. */
export const movedUp = (
  ladder: Record<LabourStatus, number>,
  from: LabourStatus,
  to: LabourStatus,
) => ladder[to] > ladder[from];

/** `PUT /api/participants/:id/follow-up`: the participant's consent, recorded by the coach. */
export const followUpConsentSchema = z.strictObject({ consent: z.boolean() });

/**
 * `GET /api/sync/follow-up`: what a phone needs to ask its follow-up questions offline; null
 * when there is no follow-up on the phone (not exited, no consent, or it has ended).
 */
export const phoneFollowUpSchema = z.object({
  followUp: z.nullable(
    z.object({ exitDate: isoDateSchema, months: z.array(followUpMonthsSchema) }),
  ),
});
export type PhoneFollowUp = z.infer<typeof phoneFollowUpSchema>['followUp'];
