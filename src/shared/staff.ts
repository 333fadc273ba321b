import * as z from 'zod/mini';
import { plainText } from './text';

/** A staff account as an admin creates it, in the admin API, the CLI and the team screen. */
export const PASSWORD_MIN_LENGTH = 12;

export const newUserSchema = z.strictObject({
  email: z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.email()),
  role: z.enum(['admin', 'coach']),
  password: z
    .string()
    .check(
      z.minLength(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`),
      z.maxLength(1024),
    ),
});
export type NewUser = z.infer<typeof newUserSchema>;

/**
 * The command line may also create an organisation account (a Samordningsförbund's), on an
 * organisation; the team admin's screen and API never can.
 */
export const newAccountSchema = z.strictObject({
  ...newUserSchema.shape,
  role: z.enum(['admin', 'coach', 'organisation']),
});
export type NewAccount = z.infer<typeof newAccountSchema>;

/** `PUT /api/users/:id/identity`: links an account for single sign-on; null unlinks. */
export const identityLinkSchema = z.strictObject({
  identity: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(256), plainText)),
});

/** `POST /api/team/erasures`: an admin's recorded decision to erase one participant. */
export const erasureRequestSchema = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(1), z.maxLength(32)),
  /** The decision's reference (diarienummer or the like): required, it is the legal basis. */
  decisionRef: z.string().check(z.trim(), z.minLength(2), z.maxLength(100), plainText),
});

/** `GET /api/team/access-log`: the admin's review of who read whose data, and when. */
export const accessLogQuerySchema = z.strictObject({
  from: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  to: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  /** A staff member's e-mail. */
  user: z.optional(z.string().check(z.trim(), z.maxLength(254))),
  /** A participant's code. */
  participant: z.optional(z.string().check(z.trim(), z.maxLength(32))),
  /** Draw this many entries at random, for the monthly log check. */
  sample: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(200))),
  format: z.optional(z.enum(['json', 'csv'])),
});
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;
