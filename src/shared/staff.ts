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
