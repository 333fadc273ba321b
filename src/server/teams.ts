import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import type { Store } from './db/connect';
import { hashPassword } from './auth/passwords';

/** Team and staff set-up, shared by the admin command line and the admin API. */

export { newUserSchema, PASSWORD_MIN_LENGTH, type NewUser } from '../shared/staff';
import type { NewUser } from '../shared/staff';

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
