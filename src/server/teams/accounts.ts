import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { plainText } from '../../shared/text';
import type { Store } from '../db/connect';
import { hashPassword } from '../auth/passwords';
import { passwordProblem, WeakPasswordError } from '../auth/passwordPolicy';
export { WeakPasswordError };

/** Team and staff set-up, shared by the admin command line and the admin API. */

export { newUserSchema, PASSWORD_MIN_LENGTH, type NewUser } from '../../shared/staff';
import type { NewAccount } from '../../shared/staff';

export const teamNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(120), plainText);

export async function createTeam(store: Store, name: string, now = new Date()): Promise<string> {
  const id = randomUUID();
  await store.db.insertInto('teams').values({ id, name, created_at: now.toISOString() }).execute();
  return id;
}

export class DuplicateEmailError extends Error {}

export async function createUser(
  store: Store,
  teamId: string,
  user: NewAccount,
  now = new Date(),
): Promise<string> {
  const existing = await store.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', user.email)
    .executeTakeFirst();
  // The message is the same whichever team has the address, so an admin learns nothing of
  // other teams' staff.
  if (existing) throw new DuplicateEmailError('That e-mail cannot be used for a new account.');
  const weak = await passwordProblem(user.password, [user.email]);
  if (weak) throw new WeakPasswordError(weak);
  // Organisation accounts belong to an organisation, staff to a team, never the other way.
  const kind = await kindOf(store, teamId);
  if ((user.role === 'organisation') !== (kind === 'organisation'))
    throw new WrongKindError(
      user.role === 'organisation'
        ? 'An organisation account needs an organisation id.'
        : 'A coach or admin needs a team id, not an organisation id.',
    );
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

export class WrongKindError extends Error {}

async function kindOf(store: Store, id: string): Promise<string | undefined> {
  const row = await store.db
    .selectFrom('teams')
    .select('kind')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.kind;
}

/** A Samordningsförbund and the teams whose aggregate reports its accounts may see. */
export async function createOrganisation(
  store: Store,
  name: string,
  teamIds: readonly string[],
  now = new Date(),
): Promise<string> {
  for (const teamId of teamIds) {
    if ((await kindOf(store, teamId)) !== 'team') throw new Error(`No team with id ${teamId}.`);
    // One organisation per team: its reports to each are protected together, as one set.
    const member = await store.db
      .selectFrom('organisation_teams')
      .select('organisation_id')
      .where('team_id', '=', teamId)
      .executeTakeFirst();
    if (member) throw new Error(`Team ${teamId} already belongs to an organisation.`);
  }
  const id = randomUUID();
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('teams')
      .values({ id, name, kind: 'organisation', created_at: now.toISOString() })
      .execute();
    if (teamIds.length)
      await trx
        .insertInto('organisation_teams')
        .values(teamIds.map((team_id) => ({ organisation_id: id, team_id })))
        .execute();
  });
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

/** A person's identity at the identity provider: the configured claim's value. */
export const identitySchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(256), plainText);

export class IdentityTakenError extends Error {}

/**
 * Links a staff account to a person at the identity provider, so single sign-on lets them
 * in as that account. One identity opens one account only; an empty value unlinks.
 */
export async function linkIdentity(
  store: Store,
  email: string,
  identity: string | null,
): Promise<string> {
  const user = await store.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) throw new Error(`No account with the e-mail ${email}.`);
  if (identity) {
    const holder = await store.db
      .selectFrom('users')
      .select('email')
      .where('identity', '=', identity)
      .where('id', '!=', user.id)
      .executeTakeFirst();
    if (holder) throw new IdentityTakenError(`That identity is linked to ${holder.email} already.`);
  }
  await store.db.updateTable('users').set({ identity }).where('id', '=', user.id).execute();
  return user.id;
}
