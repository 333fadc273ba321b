import { INSTRUMENTS } from '../../shared/instruments';
import { factSchema, type Fact } from '../../shared/rating';
import { alertsFor, DEFAULT_TEAM_SETTINGS, type Alert } from '../../domain/alerts';
import { reliableChange } from '../../domain/change';
import { foldHistory, series } from '../../domain/history';
import { ageInYear, clinicalCutoff } from '../../domain/thresholds';
import type { Store } from '../db/connect';

/**
 * What the coach's participant list shows per person, computed with the same domain
 * functions as the trend view and the reports, so they cannot disagree.
 */
export interface ParticipantSummary {
  sessions: number;
  latestOrs: number | null;
  latestSrs: number | null;
  orsChange: number | null;
  orsChangeKind: 'improved' | 'unchanged' | 'deteriorated' | null;
  alerts: Alert[];
}

export async function summariesFor(
  store: Store,
  participants: readonly { id: string; birth_year: number }[],
  today: Date,
): Promise<Map<string, ParticipantSummary>> {
  const result = new Map<string, ParticipantSummary>();
  if (participants.length === 0) return result;
  const rows = await store.db
    .selectFrom('facts')
    .select(['participant_id', 'body'])
    .where(
      'participant_id',
      'in',
      participants.map((p) => p.id),
    )
    .orderBy('seq')
    .execute();
  const facts = new Map<string, Fact[]>();
  for (const row of rows) {
    const parsed = factSchema.safeParse(JSON.parse(row.body));
    if (!parsed.success) continue;
    const list = facts.get(row.participant_id) ?? [];
    list.push(parsed.data);
    facts.set(row.participant_id, list);
  }
  for (const p of participants) {
    const views = foldHistory(facts.get(p.id) ?? []);
    const ors = series(views, 'ors').filter((v) => v.total !== null);
    const srs = series(views, 'srs');
    const intake = ors[0]?.total ?? null;
    const latest = ors.at(-1)?.total ?? null;
    const cutoff = clinicalCutoff(INSTRUMENTS.ors, ageInYear(p.birth_year, today)) ?? 25;
    const change =
      intake !== null && latest !== null && ors.length > 1
        ? Math.round((latest - intake) * 10) / 10
        : null;
    result.set(p.id, {
      sessions: new Set(
        views.filter((v) => !v.withdrawn).map((v) => v.rating.administeredAt.slice(0, 10)),
      ).size,
      latestOrs: latest,
      latestSrs: srs.at(-1)?.total ?? null,
      orsChange: change,
      orsChangeKind: change === null ? null : reliableChange(intake!, latest!),
      alerts: alertsFor(views, DEFAULT_TEAM_SETTINGS, cutoff),
    });
  }
  return result;
}
