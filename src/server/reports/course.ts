import { factSchema, type Fact } from '../../shared/rating';
import { foldHistory, series } from '../../domain/history';
import { expectedCourse, type CourseBand } from '../../domain/expectedCourse';
import type { Store } from '../db/connect';

/** The team's own expected course, from the ORS totals of its exited participants. */
export async function teamCourse(store: Store, teamId: string): Promise<CourseBand[]> {
  const rows = await store.db
    .selectFrom('facts')
    .innerJoin('participants', 'participants.id', 'facts.participant_id')
    .select(['facts.participant_id', 'facts.body'])
    .where('participants.team_id', '=', teamId)
    .where('participants.exit_date', 'is not', null)
    .where((eb) => eb.or([eb('facts.instrument', '=', 'ors'), eb('facts.type', '=', 'withdrawal')]))
    .orderBy('facts.seq')
    .execute();
  const byPerson = new Map<string, Fact[]>();
  for (const r of rows) {
    const parsed = factSchema.safeParse(JSON.parse(r.body));
    if (!parsed.success) continue;
    const list = byPerson.get(r.participant_id);
    if (list) list.push(parsed.data);
    else byPerson.set(r.participant_id, [parsed.data]);
  }
  const totals = [...byPerson.values()].map((facts) =>
    series(foldHistory(facts), 'ors')
      .filter((v) => v.total !== null)
      .sort((a, b) => a.rating.administeredAt.localeCompare(b.rating.administeredAt))
      .map((v) => v.total!),
  );
  return expectedCourse(totals);
}
