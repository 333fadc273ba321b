import type { Insertable, Transaction } from 'kysely';
import type { Store } from './connect';
import type { Database } from './schema';

/**
 * Group commit for sync ingestion. Pushes that arrive together are written in ONE
 * transaction (one fsync on SQLite, one round of commits on PostgreSQL), each with its own
 * "insert if absent" statement in arrival order, so every push still learns exactly which
 * of its facts were new. A push is answered only after the commit that holds it.
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

export class FactWriter {
  private queue: Job[] = [];
  private flushing = false;

  constructor(private readonly store: Store) {}

  write(participantId: string, rows: FactRow[]): Promise<WriteOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ participantId, rows, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Let the requests already waiting on the socket join this group.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length) {
      const jobs = this.queue.splice(0, MAX_GROUP);
      try {
        const outcomes = await this.store.db.transaction().execute(async (trx) => {
          const out: WriteOutcome[] = [];
          for (const job of jobs) out.push(await insertOne(trx, job));
          return out;
        });
        jobs.forEach((job, i) => job.resolve(outcomes[i]!));
      } catch {
        // One bad push must not fail its neighbours: write each on its own.
        for (const job of jobs)
          await this.store.db
            .transaction()
            .execute((trx) => insertOne(trx, job))
            .then(job.resolve, job.reject);
      }
    }
    this.flushing = false;
  }
}

const writers = new WeakMap<Store, FactWriter>();
export function factWriter(store: Store): FactWriter {
  let writer = writers.get(store);
  if (!writer) writers.set(store, (writer = new FactWriter(store)));
  return writer;
}
