import type SQLite from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import type { FactRow, WriteOutcome } from './factWriter';

/** The columns a fact row is sent in; participant first and id second (the thread relies on it). */
const COLUMNS = [
  'participant_id',
  'id',
  'type',
  'instrument',
  'occurred_at',
  'total',
  'provenance',
  'body',
  'device_id',
  'received_at',
  'group_session',
] as const satisfies readonly (keyof FactRow)[];

interface Reply {
  id: number;
  outcomes: (
    | { inserted: string[]; existing: [string, string][] }
    | { error: { message: string; code?: string } }
  )[];
}

/**
 * SQLite fact writes on a thread of their own (`factWriterThread.mjs`, its own connection):
 * better-sqlite3 is synchronous, so a group's commit held up every request on the HTTP
 * thread. A group goes over as plain arrays; each push comes back with its outcome or,
 * alone, its error. The thread keeps the process alive only while a group is in flight.
 */
export class SqliteFactThread {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<number, (reply: Reply | Error) => void>();

  constructor(private readonly sqlite: SQLite.Database) {}

  private start(): Worker {
    const worker = new Worker(new URL('./factWriterThread.mjs', import.meta.url), {
      workerData: { file: this.sqlite.name, columns: COLUMNS },
      // Its messages are a group of rows at a time: a small young generation is plenty.
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
    });
    worker.unref();
    worker.on('message', (reply: Reply) => this.settle(reply.id, reply));
    // A thread that fails (or its file cannot be opened) fails what it holds; the next
    // write starts a new one.
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const id of [...this.waiting.keys()]) this.settle(id, error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`fact writer thread stopped (${code})`)));
    return worker;
  }

  private settle(id: number, reply: Reply | Error) {
    const done = this.waiting.get(id);
    if (!done) return;
    this.waiting.delete(id);
    if (!this.waiting.size) this.worker?.unref();
    done(reply);
  }

  /** Starts the thread ahead of the first push, so that push does not wait for it. */
  warm(): void {
    this.worker ??= this.start();
  }

  /** Writes the pushes in one transaction; each push's promise holds its own outcome. */
  async write(jobs: { rows: FactRow[] }[]): Promise<(WriteOutcome | Error)[]> {
    const worker = (this.worker ??= this.start());
    const id = this.next++;
    const reply = await new Promise<Reply | Error>((resolve) => {
      this.waiting.set(id, resolve);
      worker.ref();
      worker.postMessage({
        id,
        jobs: jobs.map((job) => ({ rows: job.rows.map((r) => COLUMNS.map((c) => r[c] ?? null)) })),
      });
    });
    if (reply instanceof Error) throw reply;
    return reply.outcomes.map((o) =>
      'error' in o
        ? Object.assign(new Error(o.error.message), { code: o.error.code })
        : { inserted: new Set(o.inserted), existing: new Map(o.existing) },
    );
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}
