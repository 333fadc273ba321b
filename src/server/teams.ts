import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import type { Store } from './db/connect';
import { hashPassword } from './auth/passwords';

/** Team and staff set-up, shared by the admin command line and the admin API. */

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

export const teamNameSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(120));

export async function createTeam(store: Store, name: string, now = new Date()): Promise<string> {
  const id = randomUUID();
  await store.db.insertInto('teams').values({ id, name, created_at: now.toISOString() }).execute();
  return id;
}

export class DuplicateEmailError extends Error {}

export async function createUser(
  store: Store,
  teamId: string,
  user: NewUser,
  now = new Date(),
): Promise<string> {
  const existing = await store.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', user.email)
    .executeTakeFirst();
  if (existing)
    throw new DuplicateEmailError(`A user with the e-mail ${user.email} already exists.`);
  const id = randomUUID();
  await store.db
    .insertInto('users')
    .values({
      id,
      team_id: teamId,
      email: user.email,
      role: user.role,
      password_hash: await hashPassword(user.password),
      created_at: now.toISOString(),
    })
    .execute();
  return id;
}

export async function teamExists(store: Store, teamId: string): Promise<boolean> {
  if (!z.uuid().safeParse(teamId).success) return false;
  return !!(await store.db
    .selectFrom('teams')
    .select('id')
    .where('id', '=', teamId)
    .executeTakeFirst());
}
