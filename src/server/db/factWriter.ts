import { sql, type Insertable, type Transaction } from 'kysely';
import type { Store } from './connect';
import type { Database } from './schema';
import { SqliteFactThread } from './sqliteFactThread';

/**
 * Group commit for sync ingestion. Pushes that arrive together are written in ONE
 * transaction (one fsync on SQLite, one commit on PostgreSQL) with "insert if absent", and
 * every push still learns exactly which of its facts were new. A push is answered only
 * after the commit that holds it. On SQLite the group is written on a thread of its own
 * (sqliteFactThread.ts), one insert per fact in arrival order, so the HTTP thread goes on
 * parsing the next pushes while a group commits; on PostgreSQL in two statements.
 */
export type FactRow = Insertable<Database['facts']>;

export interface WriteOutcome {
  inserted: Set<string>;
  /** Bodies already stored under ids that were not inserted, to tell duplicates from conflicts. */
  existing: Map<string, string>;
}

interface Job {
  participantId: string;
  rows: FactRow[];
  resolve(outcome: WriteOutcome): void;
  reject(error: unknown): void;
}

const MAX_GROUP = 64;

async function insertOne(trx: Transaction<Database>, job: Job): Promise<WriteOutcome> {
  const done = await trx
    .insertInto('facts')
    .values(job.rows)
    .onConflict((oc) => oc.columns(['participant_id', 'id']).doNothing())
    .returning('id')
    .execute();
  const inserted = new Set(done.map((r) => r.id));
  const others = job.rows.filter((r) => !inserted.has(r.id)).map((r) => r.id);
  const before = others.length
    ? await trx
        .selectFrom('facts')
        .select(['id', 'body'])
        .where('participant_id', '=', job.participantId)
        .where('id', 'in', others)
        .execute()
    : [];
  return { inserted, existing: new Map(before.map((r) => [r.id, r.body])) };
}

const TEXT_COLUMNS = [
  'participant_id',
  'id',
  'type',
  'instrument',
  'occurred_at',
  'provenance',
  'body',
  'device_id',
  'received_at',
  'group_session',
] as const;

/**
 * PostgreSQL: the whole group in two statements (an insert from arrays, `unnest`, and one
 * read of what was there already) instead of two per push: a push's round trips and
 * Kysely's compiling were most of the time. No key is in two pushes of one group (see
 * `takeGroup`), so each key's outcome belongs to one push.
 */
async function insertGroup(trx: Transaction<Database>, jobs: Job[]): Promise<WriteOutcome[]> {
  const rows = jobs.flatMap((job) => job.rows);
  const arrays = TEXT_COLUMNS.map((c) => sql`${rows.map((r) => r[c] ?? null)}::text[]`);
  const totals = sql`${rows.map((r) => r.total ?? null)}::float8[]`;
  const { rows: done } = await sql<{ participant_id: string; id: string }>`
    insert into facts (${sql.join(TEXT_COLUMNS.map((c) => sql.ref(c)))}, total)
    select * from unnest(${sql.join([...arrays, totals])})
    on conflict (participant_id, id) do nothing
    returning participant_id, id`.execute(trx);
  const key = (participantId: string, id: string) => `${participantId}/${id}`;
  const inserted = new Set(done.map((r) => key(r.participant_id, r.id)));
  const others = rows.filter((r) => !inserted.has(key(r.participant_id, r.id)));
  const { rows: before } = others.length
    ? await sql<{ participant_id: string; id: string; body: string }>`
        select participant_id, id, body from facts
        where (participant_id, id) in (select * from unnest(
          ${others.map((r) => r.participant_id)}::text[], ${others.map((r) => r.id)}::text[]))`.execute(
        trx,
      )
    : { rows: [] };
  const stored = new Map(before.map((r) => [key(r.participant_id, r.id), r.body]));
  return jobs.map((job) => {
    const outcome: WriteOutcome = { inserted: new Set(), existing: new Map() };
    for (const r of job.rows) {
      const k = key(r.participant_id, r.id);
      if (inserted.has(k)) outcome.inserted.add(r.id);
      else outcome.existing.set(r.id, stored.get(k)!);
    }
    return outcome;
  });
}

/**
 * The next group from the queue: up to MAX_GROUP pushes, ending before a push that names
 * a fact an earlier one in the group names too (a phone resending while its first push is
 * still being written); that one waits for the next group, so it is told "duplicate".
 */
function takeGroup(queue: Job[]): Job[] {
  const keys = new Set<string>();
  let n = 0;
  for (; n < Math.min(queue.length, MAX_GROUP); n++) {
    const mine = queue[n]!.rows.map((r) => `${r.participant_id}/${r.id}`);
    if (n > 0 && mine.some((k) => keys.has(k))) break;
    mine.forEach((k) => keys.add(k));
  }
  return queue.splice(0, Math.max(n, 1));
}

export class FactWriter {
  private queue: Job[] = [];
  private scheduled = false;
  private inFlight = 0;
  private drained: (() => void)[] = [];
  private readonly thread: SqliteFactThread | null;

  constructor(private readonly store: Store) {
    this.thread = store.sqlite && new SqliteFactThread(store.sqlite);
  }

  /** All jobs in one transaction, each job's outcome or (on SQLite) its own error. */
  private async commit(jobs: Job[]): Promise<(WriteOutcome | Error)[]> {
    if (this.thread) return this.thread.write(jobs);
    return this.store.db
      .transaction()
      .execute((trx) =>
        jobs.length === 1 ? insertOne(trx, jobs[0]!).then((o) => [o]) : insertGroup(trx, jobs),
      );
  }

  /** The server starts the SQLite thread at boot, so the first pushes do not wait for it. */
  warm(): void {
    this.thread?.warm();
  }

  /** Waits for what is queued to be written, then stops the thread. */
  async close(): Promise<void> {
    if (this.busy()) await new Promise<void>((resolve) => this.drained.push(resolve));
    await this.thread?.close();
  }

  write(participantId: string, rows: FactRow[]): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ participantId, rows, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        // Let the requests already waiting on the socket join this group.
        setImmediate(() => {
          this.scheduled = false;
          this.pump();
        });
      }
    });
  }

  private busy() {
    return this.scheduled || this.inFlight > 0 || this.queue.length > 0;
  }

  /**
   * Starts groups while there is room: one at a time on SQLite (one writer), two on
   * PostgreSQL, whose server works on both while Node waits (two concurrent inserts of one
   * key wait for each other there, and the later one reads the stored body).
   */
  private pump(): void {
    const room = this.thread ? 1 : 2;
    while (this.queue.length && this.inFlight < room) {
      const jobs = this.thread ? this.queue.splice(0, MAX_GROUP) : takeGroup(this.queue);
      this.inFlight++;
      void this.run(jobs).finally(() => {
        this.inFlight--;
        this.pump();
        if (!this.busy()) this.drained.splice(0).forEach((resolve) => resolve());
      });
    }
  }

  private async run(jobs: Job[]): Promise<void> {
    try {
      const outcomes = await this.commit(jobs);
      jobs.forEach((job, i) => {
        const outcome = outcomes[i]!;
        if (outcome instanceof Error) job.reject(outcome);
        else job.resolve(outcome);
      });
    } catch (error) {
      if (this.thread) jobs.forEach((job) => job.reject(error));
      // One bad push must not fail its neighbours: write each on its own.
      else
        for (const job of jobs)
          await this.commit([job]).then(
            ([outcome]) => job.resolve(outcome as WriteOutcome),
            job.reject,
          );
    }
  }
}

const writers = new WeakMap<Store, FactWriter>();
export function factWriter(store: Store): FactWriter {
  let writer = writers.get(store);
  if (!writer) writers.set(store, (writer = new FactWriter(store)));
  return writer;
}

/** Called by the store's close: what is queued is written first. */
export async function closeFactWriter(store: Store): Promise<void> {
  const writer = writers.get(store);
  writers.delete(store);
  await writer?.close();
}
