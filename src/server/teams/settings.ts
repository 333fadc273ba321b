import { packsFor } from '../questionnaires/packs';
import type * as z from 'zod/mini';
import { createHash } from 'node:crypto';
import { INSTRUMENTS } from '../../shared/instruments';
import {
  wordingFileSchema,
  wordingProblemDetails,
  type WordingFile,
} from '../../shared/instruments/wording';
import {
  licenceSchema,
  teamSettingsSchema,
  withDefaults,
  type Licence,
  type TeamSettings,
} from '../../shared/team';
import type { phoneTeamSchema } from '../../shared/responses/staff';
import type { Store } from '../db/connect';

type PhoneTeam = z.infer<typeof phoneTeamSchema>;
import { ClientError, issues } from '../http/errors';

/** A team's settings, licence and wording: read by the alerts, the reports and the phones. */

/** The team's settings (over the defaults) and licence basis: one row, one read. */
export async function readTeamSettings(
  store: Store,
  teamId: string,
): Promise<{ settings: TeamSettings; licence: Licence | null }> {
  const row = await store.db
    .selectFrom('team_settings')
    .select(['settings', 'licence'])
    .where('team_id', '=', teamId)
    .executeTakeFirst();
  const licence = licenceSchema.safeParse(row?.licence ? JSON.parse(row.licence) : null);
  return {
    settings: withDefaults(row ? JSON.parse(row.settings) : {}),
    licence: licence.success ? licence.data : null,
  };
}

export const settingsOf = async (store: Store, teamId: string) =>
  (await readTeamSettings(store, teamId)).settings;

/**
 * Changes settings (any subset, merged over what is stored) and/or the licence, in one
 * statement; the first write creates the row. Returns the settings as they now are.
 */
export async function saveTeamSettings(
  store: Store,
  teamId: string,
  change: { settings?: Partial<TeamSettings>; licence?: Licence | null },
  userId: string,
  now: Date,
): Promise<TeamSettings> {
  const current = await readTeamSettings(store, teamId);
  const settings = { ...current.settings, ...change.settings };
  const licence = change.licence !== undefined ? change.licence : current.licence;
  // Validated again here: nothing half-valid is ever stored, whoever calls.
  const values = {
    settings: JSON.stringify(teamSettingsSchema.parse(settings)),
    licence: licence ? JSON.stringify(licenceSchema.parse(licence)) : null,
    updated_at: now.toISOString(),
    updated_by: userId,
  };
  await store.db
    .insertInto('team_settings')
    .values({ team_id: teamId, ...values })
    .onConflict((oc) => oc.column('team_id').doUpdateSet(values))
    .execute();
  return settings;
}

export async function wordingsOf(store: Store, teamId: string): Promise<WordingFile[]> {
  const rows = await store.db
    .selectFrom('team_wordings')
    .select('body')
    .where('team_id', '=', teamId)
    .orderBy('language')
    .execute();
  return rows.flatMap((r) => {
    const parsed = wordingFileSchema.safeParse(JSON.parse(r.body));
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Checks an uploaded wording file against the schema and our item ids. A bad file is the
 * admin's mistake: a 400 that names each wrong field or item.
 */
export function parseWordingFile(raw: unknown): WordingFile {
  const parsed = wordingFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new ClientError(
      400,
      'validation_failed',
      'The wording file does not follow the stegvis-wording/1 format.',
      issues(parsed.error),
    );
  const problems = wordingProblemDetails(parsed.data, INSTRUMENTS);
  if (problems.length)
    throw new ClientError(
      400,
      'validation_failed',
      'The wording file does not have exactly the items of each instrument.',
      problems,
    );
  return parsed.data;
}

export async function saveWording(
  store: Store,
  teamId: string,
  file: WordingFile,
  userId: string,
  now: Date,
): Promise<void> {
  const values = {
    body: JSON.stringify(file),
    uploaded_at: now.toISOString(),
    uploaded_by: userId,
  };
  await store.db
    .insertInto('team_wordings')
    .values({ team_id: teamId, language: file.language, ...values })
    .onConflict((oc) => oc.columns(['team_id', 'language']).doUpdateSet(values))
    .execute();
}

/** What a phone needs for the team's wording, and a tag that changes whenever it does. */
export async function phoneWording(store: Store, teamId: string) {
  const [settings, team] = await Promise.all([
    readTeamSettings(store, teamId),
    store.db.selectFrom('teams').select('name').where('id', '=', teamId).executeTakeFirstOrThrow(),
  ]);
  const body: PhoneTeam = {
    wordings: await wordingsOf(store, teamId),
    licence: settings.licence,
    team: {
      name: team.name,
      contact: settings.settings.contact,
      retentionMonths: settings.settings.retentionMonths,
      languages: settings.settings.languages,
    },
    questionnaires: (await packsFor(store, teamId)).map((l) => l.pack),
  };
  const json = JSON.stringify(body);
  return { json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 22)}"` };
}
