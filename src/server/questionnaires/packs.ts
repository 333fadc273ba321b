import type { Licence } from '../../shared/team';
import type { LoadedPack, QuestionnairePack } from '../../shared/questionnaire';
import type { Store } from '../db/connect';

/** The packs a team's participants are asked: its own and its organisation's, not retired. */
export async function packsFor(store: Store, teamId: string, withRetired = false) {
  // The team's organisation, if any (a team has at most one).
  const organisation = await store.db
    .selectFrom('organisation_teams')
    .select('organisation_id')
    .where('team_id', '=', teamId)
    .executeTakeFirst();
  const owners = organisation ? [teamId, organisation.organisation_id] : [teamId];
  let query = store.db
    .selectFrom('questionnaire_packs')
    .selectAll()
    .where('owner_id', 'in', owners);
  if (!withRetired) query = query.where('retired_at', 'is', null);
  const rows = await query.orderBy('loaded_at').execute();
  return rows.map((r): LoadedPack => ({
    pack: JSON.parse(r.body) as QuestionnairePack,
    licence: JSON.parse(r.licence) as Licence,
    loadedBy: r.owner_id === teamId ? 'team' : 'organisation',
    loadedAt: r.loaded_at,
  }));
}

/** Whether any participant answered this pack (then its questions may not change). */
async function answered(store: Store, packId: string) {
  const row = await store.db
    .selectFrom('facts')
    .select('id')
    .where('type', '=', 'questionnaire')
    .where('instrument', '=', packId)
    .executeTakeFirst();
  return row !== undefined;
}

const sameQuestions = (a: QuestionnairePack, b: QuestionnairePack) =>
  JSON.stringify(a.questions.map((q) => [q.id, q.options.map((o) => o.value)])) ===
  JSON.stringify(b.questions.map((q) => [q.id, q.options.map((o) => o.value)]));

/**
 * Loads (or replaces) a pack for an owner with the licence basis it is used on. Once answered,
 * a pack's questions and values stay as they were, so every answer keeps its meaning: a new
 * version is loaded under a new id. Returns why it was refused, or null.
 */
export async function loadPack(
  store: Store,
  ownerId: string,
  input: { pack: QuestionnairePack; licence: Licence },
  userId: string,
  now: Date,
): Promise<'changed_after_answers' | null> {
  const existing = await store.db
    .selectFrom('questionnaire_packs')
    .select('body')
    .where('owner_id', '=', ownerId)
    .where('pack_id', '=', input.pack.id)
    .executeTakeFirst();
  if (
    existing &&
    !sameQuestions(JSON.parse(existing.body) as QuestionnairePack, input.pack) &&
    (await answered(store, input.pack.id))
  )
    return 'changed_after_answers';
  const row = {
    owner_id: ownerId,
    pack_id: input.pack.id,
    body: JSON.stringify(input.pack),
    licence: JSON.stringify(input.licence),
    loaded_at: now.toISOString(),
    loaded_by: userId,
    retired_at: null,
  };
  await store.db
    .insertInto('questionnaire_packs')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['owner_id', 'pack_id']).doUpdateSet({
        body: row.body,
        licence: row.licence,
        loaded_at: row.loaded_at,
        loaded_by: row.loaded_by,
        retired_at: null,
      }),
    )
    .execute();
  return null;
}

/** Stops asking a pack; the answers given stay. */
export async function retirePack(store: Store, ownerId: string, packId: string, now: Date) {
  const res = await store.db
    .updateTable('questionnaire_packs')
    .set({ retired_at: now.toISOString() })
    .where('owner_id', '=', ownerId)
    .where('pack_id', '=', packId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
