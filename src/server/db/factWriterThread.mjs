// The SQLite fact writer's own thread (see factWriter.ts). Plain JavaScript on purpose: a
// worker starts without the TypeScript loader (tsx in a worker costs ~40 MB and half a
// second), in tests, under tsx and in the built server alike.
//
// It holds a second connection to the same database file and does one thing: writes a
// group of pushes in one transaction and says, per push, which facts were new and what was
// already stored under the others' ids. Committing (writing the WAL frames, the fsync) is
// the larger part of ingest's database work; here it no longer holds up the HTTP thread.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

const { file, columns } = workerData;
const sqlite = new SQLite(file);
// The same settings as the main connection (connect.ts): a commit survives power loss.
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = FULL');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('secure_delete = ON');

const insert = sqlite.prepare(
  `insert into facts (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})
   on conflict (participant_id, id) do nothing`,
);
const stored = sqlite.prepare('select body from facts where participant_id = ? and id = ?');

/** One push: rows are arrays in `columns` order, participant first and id second. */
function writeOne({ rows }) {
  const inserted = [];
  const existing = [];
  for (const row of rows) {
    if (insert.run(row).changes) inserted.push(row[1]);
    else existing.push([row[1], stored.get(row[0], row[1]).body]);
  }
  return { inserted, existing };
}
// IMMEDIATE: take the write lock at BEGIN, so waiting for the main connection's writer is
// the busy timeout's job and never a failed upgrade halfway through.
const writeAll = sqlite.transaction((jobs) => jobs.map(writeOne)).immediate;

parentPort.on('message', ({ id, jobs }) => {
  try {
    parentPort.postMessage({ id, outcomes: writeAll(jobs) });
  } catch {
    // One bad push must not fail its neighbours: each on its own, its error its own.
    const outcomes = jobs.map((job) => {
      try {
        return writeAll([job])[0];
      } catch (error) {
        return { error: { message: String(error?.message), code: error?.code } };
      }
    });
    parentPort.postMessage({ id, outcomes });
  }
});
parentPort.on('close', () => sqlite.close());
