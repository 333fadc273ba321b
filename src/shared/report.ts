import * as z from 'zod/mini';
import { genderSchema, isoDateSchema, referrerSchema } from './participant';

/** A report period, both days included. */
export const periodSchema = z
  .strictObject({ from: isoDateSchema, to: isoDateSchema })
  .check(z.refine((p) => p.from <= p.to, { message: 'from must not be after to', path: ['to'] }));
export type Period = z.infer<typeof periodSchema>;

/** Age bands as the teams report them; the age is the one at intake. */
export const AGE_BANDS = ['16-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const ageBandSchema = z.enum(AGE_BANDS);

/** Who the report is about: everyone, or one gender, age band, referrer or group. */
export const reportFilterSchema = z.strictObject({
  gender: z.optional(genderSchema),
  ageBand: z.optional(ageBandSchema),
  referrer: z.optional(referrerSchema),
  groupId: z.optional(z.uuid()),
});
export type ReportFilter = z.infer<typeof reportFilterSchema>;

/** The report request as the API and the CLI take it. */
export const reportRequestSchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  ...reportFilterSchema.shape,
});

/**
 * Who a report is for. `team`: the team's own staff, every figure. `steering`: the team's
 * steering group and annual report, and `organisation`: the Samordningsförbund; both see only
 * figures from which no person's value can be worked out.
 */
export const AUDIENCES = ['team', 'steering', 'organisation'] as const;
export const audienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof audienceSchema>;
