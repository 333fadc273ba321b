import { INSTRUMENTS } from '../../shared/instruments';
import { MAX_CLOCK_SKEW_MS, type PushResult } from '../../shared/protocol';
import { factSchema, type Fact } from '../../shared/rating';
import { ratingProblem, total } from '../../domain/scoring';
import type { Store } from '../db/connect';
import { factWriter } from '../db/factWriter';
import type { Database } from '../db/schema';
import type { Insertable } from 'kysely';
import { recordFollowUps } from './followUps';
import { answerProblem, packsAsked } from './questionnaireAnswers';

/**
 * Sync ingestion: every fact is validated with the shared schema, then all valid ones are
 * inserted "if absent" on (participant, id) in one transaction (shared with pushes that
 * arrive at the same moment, see factWriter). Each gets its own answer,
 * so one bad fact never blocks the others and a resend is harmless.
 */
export interface IngestSource {
  participantId: string;
  deviceId: string | null;
  /** Devices may only send what the participant entered; imports may send paper totals. */
  provenances: readonly string[];
  /** The participant's team, to check group session codes against. */
  teamId?: string;
  /**
   * A phone after exit, kept for follow-up by consent: it may send follow-up answers and
   * the end of the follow-up, nothing else. Any other phone may send neither.
   */
  followUpOnly?: boolean;
}

const FOLLOW_UP_TYPES: readonly string[] = ['followUp', 'followUpEnd'];

export function factTime(fact: Fact): string {
  return fact.type === 'rating' ? fact.administeredAt : fact.at;
}

export function factRow(
  fact: Fact,
  source: IngestSource,
  receivedAt: string,
): Insertable<Database['facts']> {
  const rating = fact.type === 'rating' ? fact : null;
  return {
    participant_id: source.participantId,
    id: fact.id,
    type: fact.type,
    // A questionnaire's pack id goes where a rating's instrument does, for the report's query.
    instrument: rating?.instrument ?? (fact.type === 'questionnaire' ? fact.packId : null),
    occurred_at: new Date(factTime(fact)).toISOString(),
    total: rating ? (rating.total ?? total(INSTRUMENTS[rating.instrument], rating.values)) : null,
    provenance: rating?.provenance ?? null,
    body: JSON.stringify(fact),
    device_id: source.deviceId,
    received_at: receivedAt,
    group_session: rating?.groupSession ?? null,
  };
}

/** Checks one incoming item; returns the fact or the reason it is refused. */
export function checkFact(
  raw: unknown,
  source: IngestSource,
  now: Date,
): Fact | Extract<PushResult, { status: 'rejected' }> {
  const rawId =
    typeof (raw as { id?: unknown })?.id === 'string'
      ? (raw as { id: string }).id.slice(0, 64) || null
      : null;
  const parsed = factSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      id: rawId,
      status: 'rejected',
      code: 'invalid_fact',
      reason: `${first?.path.join('.') || 'fact'}: ${first?.message}`,
    };
  }
  const fact = parsed.data;
  if (
    fact.type !== 'questionnaire' &&
    FOLLOW_UP_TYPES.includes(fact.type) !== Boolean(source.followUpOnly)
  )
    return {
      id: fact.id,
      status: 'rejected',
      code: 'invalid_fact',
      reason: source.followUpOnly
        ? 'after exit only follow-up answers are accepted'
        : 'follow-up answers come after exit, with consent',
    };
  if (fact.type === 'rating') {
    const problem = ratingProblem(INSTRUMENTS[fact.instrument], fact);
    if (problem) return { id: fact.id, status: 'rejected', code: 'invalid_fact', reason: problem };
    if (!source.provenances.includes(fact.provenance))
      return {
        id: fact.id,
        status: 'rejected',
        code: 'invalid_fact',
        reason: `provenance ${fact.provenance} not allowed here`,
      };
  }
  if (Date.parse(factTime(fact)) > now.getTime() + MAX_CLOCK_SKEW_MS)
    return {
      id: fact.id,
      status: 'rejected',
      code: 'future_date',
      reason: 'dated more than 5 minutes in the future',
    };
  return fact;
}

/** The group session codes the batch names that exist in the participant's team. */
async function knownGroupSessions(
  store: Store,
  source: IngestSource,
  items: readonly unknown[],
): Promise<Set<string>> {
  const codes = [
    ...new Set(
      items
        .map((i) => (i as { groupSession?: unknown })?.groupSession)
        .filter((c): c is string => typeof c === 'string' && c.length <= 16),
    ),
  ];
  if (!codes.length || !source.teamId) return new Set();
  const rows = await store.db
    .selectFrom('group_sessions')
    .select('code')
    .where('team_id', '=', source.teamId)
    .where('code', 'in', codes)
    .execute();
  return new Set(rows.map((r) => r.code));
}

export async function ingest(
  store: Store,
  source: IngestSource,
  items: readonly unknown[],
  now: Date,
): Promise<PushResult[]> {
  const results: PushResult[] = new Array(items.length);
  const rows: Insertable<Database['facts']>[] = [];
  const rowIndex = new Map<string, number[]>();
  const receivedAt = now.toISOString();
  const sessions = await knownGroupSessions(store, source, items);
  const packs = await packsAsked(store, source, items);
  items.forEach((raw, i) => {
    const checked = checkFact(raw, source, now);
    // A refusal carries a code; a fact never does.
    if ('code' in checked) {
      results[i] = checked;
      return;
    }
    if (
      checked.type === 'rating' &&
      checked.groupSession &&
      (checked.instrument !== 'gsrs' || !sessions.has(checked.groupSession))
    ) {
      results[i] = {
        id: checked.id,
        status: 'rejected',
        code: 'invalid_fact',
        reason: 'unknown group session code',
      };
      return;
    }
    const problem = checked.type === 'questionnaire' ? answerProblem(checked, packs, source) : null;
    if (problem) {
      results[i] = { id: checked.id, status: 'rejected', code: 'invalid_fact', reason: problem };
      return;
    }
    const seen = rowIndex.get(checked.id);
    if (seen) seen.push(i);
    else {
      rowIndex.set(checked.id, [i]);
      rows.push(factRow(checked, source, receivedAt));
    }
  });
  if (rows.length === 0) return results;

  const { inserted, existing } = await factWriter(store).write(source.participantId, rows);
  if (source.followUpOnly)
    await recordFollowUps(
      store,
      source.participantId,
      rows.filter((r) => inserted.has(r.id)).map((r) => JSON.parse(r.body) as Fact),
      now,
    );

  for (const row of rows) {
    const [first, ...repeats] = rowIndex.get(row.id)!;
    const sameAsStored = existing.get(row.id) === row.body;
    results[first!] = inserted.has(row.id)
      ? { id: row.id, status: 'accepted' }
      : sameAsStored
        ? { id: row.id, status: 'duplicate' }
        : {
            id: row.id,
            status: 'rejected',
            code: 'conflict',
            reason: 'another fact with this id is already stored',
          };
    for (const i of repeats) results[i] = { id: row.id, status: 'duplicate' };
  }
  return results;
}
