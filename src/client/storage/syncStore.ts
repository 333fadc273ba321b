import type { QuestionnairePack } from '../../shared/questionnaire';
import type { PhoneFollowUp } from '../../shared/labourStatus';
import type { WordingFile } from '../../shared/instruments/wording';
import type { Language } from '../../shared/language';
import type { Licence } from '../../shared/team';
import type { PushResult } from '../../shared/protocol';
import type { Fact } from '../../shared/rating';
import { loadFactSchema } from './factSchema';
import { db, type OutboxEntry, type StegvisDB } from './db';
import { toStorageError } from './errors';

/** What sync needs from the device database; the sync code never touches IndexedDB itself. */

export interface DeviceCredential {
  deviceId: string;
  token: string;
  participantCode: string;
  connectedAt: string;
}

const DEVICE = 'device';
const CURSOR = 'pullCursor';

async function run<T>(work: (conn: StegvisDB) => Promise<T>, database?: StegvisDB): Promise<T> {
  try {
    return await work(database ?? (await db()));
  } catch (error) {
    throw toStorageError(error);
  }
}

export const getDevice = (database?: StegvisDB) =>
  run(async (c) => (await c.get('meta', DEVICE)) as DeviceCredential | undefined, database);

export const setDevice = (device: DeviceCredential | null, database?: StegvisDB) =>
  run(async (c) => {
    if (device) await c.put('meta', device, DEVICE);
    else await c.delete('meta', DEVICE);
  }, database);

/** The next facts to send, oldest first, leaving out the ones the server refused. */
export const nextBatch = (limit: number, database?: StegvisDB) =>
  run(async (c) => {
    const tx = c.transaction(['outbox', 'facts']);
    const batch: Fact[] = [];
    let cursor = await tx.objectStore('outbox').index('byEnqueuedAt').openCursor();
    while (cursor && batch.length < limit) {
      if (!cursor.value.rejected) {
        const stored = await tx.objectStore('facts').get(cursor.value.factId);
        if (stored) batch.push(stored.fact);
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return batch;
  }, database);

/**
 * Applies the server's answers in one transaction: accepted and duplicate leave the outbox,
 * rejected stay, marked with the reason the participant is shown.
 */
export const applyPushResults = (results: readonly PushResult[], database?: StegvisDB) =>
  run(async (c) => {
    const tx = c.transaction('outbox', 'readwrite');
    const store = tx.objectStore('outbox');
    for (const r of results) {
      if (!r.id) continue;
      if (r.status === 'rejected') {
        const entry = await store.get(r.id);
        if (entry)
          await store.put({
            ...entry,
            attempts: entry.attempts + 1,
            rejected: { code: r.code, reason: r.reason },
          });
      } else await store.delete(r.id);
    }
    await tx.done;
  }, database);

/** Facts pulled from the server (history for a new device) are stored if absent, with no outbox entry. */
export const mergePulled = async (
  facts: readonly unknown[],
  next: number,
  database?: StegvisDB,
) => {
  const factSchema = await loadFactSchema();
  return run(async (c) => {
    const tx = c.transaction(['facts', 'meta'], 'readwrite');
    const now = new Date().toISOString();
    for (const raw of facts) {
      const parsed = factSchema.safeParse(raw);
      if (!parsed.success) continue;
      const existing = await tx.objectStore('facts').get(parsed.data.id);
      if (!existing)
        await tx.objectStore('facts').put({ id: parsed.data.id, fact: parsed.data, savedAt: now });
    }
    await tx.objectStore('meta').put(next, CURSOR);
    await tx.done;
  }, database);
};

export const getPullCursor = (database?: StegvisDB) =>
  run(async (c) => ((await c.get('meta', CURSOR)) as number | undefined) ?? 0, database);

export interface OutboxSummary {
  waiting: number;
  rejected: (OutboxEntry & { rejected: NonNullable<OutboxEntry['rejected']> })[];
}

export const outboxSummary = (database?: StegvisDB) =>
  run(async (c) => {
    const all = await c.getAll('outbox');
    return {
      waiting: all.filter((e) => !e.rejected).length,
      rejected: all.filter((e): e is OutboxSummary['rejected'][number] => !!e.rejected),
    };
  }, database);

export interface TodaySession {
  code: string;
  groupName: string;
  heldOn: string;
}

/** Today's group sessions for this participant, kept so the home screen offers them offline. */
export const setTodaySessions = (sessions: TodaySession[], database?: StegvisDB) =>
  run(async (c) => {
    await c.put('meta', sessions, 'todaySessions');
  }, database);

export const getTodaySessions = (database?: StegvisDB) =>
  run(
    async (c) => ((await c.get('meta', 'todaySessions')) as TodaySession[] | undefined) ?? [],
    database,
  );

/** The team's licensed wording as last received, with the tag that tells the server so. */
export interface TeamWording {
  wordings: WordingFile[];
  licence: Licence | null;
  /** The team's name, contact and retention, for the privacy notice (absent in older copies). */
  team?: { name: string; contact: string; retentionMonths: number; languages?: Language[] };
  /** The questionnaire packs the team asks (absent in older copies). */
  questionnaires?: QuestionnairePack[];
  etag: string | null;
}

export const setTeamWording = (wording: TeamWording, database?: StegvisDB) =>
  run(async (c) => {
    await c.put('meta', wording, 'teamWording');
  }, database);

export const getTeamWording = (database?: StegvisDB) =>
  run(
    async (c) => ((await c.get('meta', 'teamWording')) as TeamWording | undefined) ?? null,
    database,
  );

/** The follow-up this phone asks after exit (null: none), as the server last said. */
export const setFollowUpPlan = (plan: PhoneFollowUp, database?: StegvisDB) =>
  run(async (c) => {
    await c.put('meta', plan, 'followUp');
  }, database);

export const getFollowUpPlan = (database?: StegvisDB) =>
  run(
    async (c) => ((await c.get('meta', 'followUp')) as PhoneFollowUp | undefined) ?? null,
    database,
  );
