import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { openStore, type Store } from './connect';

/**
 * Backups and the restore drill. A backup nobody has restored is a hope, not a backup: the
 * drill restores one into an empty place, checks it and counts what is in it, so the host
 * can run it on a schedule and compare the counts with the live service.
 */
export async function writeBackup(store: Store, to: string, databaseUrl: string | undefined) {
  if (store.sqlite) {
    // SQLite's online backup: a consistent copy while the server keeps writing.
    await store.sqlite.backup(to);
    return;
  }
  // pg_dump takes a consistent snapshot while the server keeps running.
  const dump = spawnSync('pg_dump', ['--format=custom', `--file=${to}`, databaseUrl ?? ''], {
    encoding: 'utf8',
  });
  if (dump.error || dump.status !== 0)
    throw new Error(`pg_dump failed: ${dump.error?.message ?? dump.stderr.trim()}`);
}

export interface RestoreSummary {
  database: 'sqlite' | 'postgres';
  teams: number;
  staff: number;
  participants: number;
  /** Ratings, notes and corrections as recorded. */
  facts: number;
}

export class RestoreRefused extends Error {}

/** Restores a backup into an empty data directory or an empty PostgreSQL database, and checks it. */
export async function restoreBackup(
  from: string,
  into: { dataDir: string } | { databaseUrl: string },
): Promise<RestoreSummary> {
  if (!existsSync(from)) throw new RestoreRefused(`There is no backup file ${from}.`);
  if ('dataDir' in into) {
    const file = join(into.dataDir, 'stegvis.sqlite');
    if (existsSync(file))
      throw new RestoreRefused(
        `${into.dataDir} holds a database already: restore into an empty one.`,
      );
    mkdirSync(into.dataDir, { recursive: true });
    copyFileSync(from, file);
    const check = new SQLite(file);
    const verdict = check.pragma('integrity_check', { simple: true });
    check.close();
    if (verdict !== 'ok')
      throw new Error(`The restored database fails its integrity check: ${verdict}`);
    return summarise(await openStore({ dataDir: into.dataDir }), 'sqlite');
  }
  const client = new pg.Client({ connectionString: into.databaseUrl });
  await client.connect();
  const tables = await client.query<{ n: number }>(
    `select count(*)::int as n from information_schema.tables
     where table_schema not in ('pg_catalog', 'information_schema')`,
  );
  await client.end();
  if (tables.rows[0]!.n > 0)
    throw new RestoreRefused('That database holds tables already: restore into an empty one.');
  const restore = spawnSync(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${into.databaseUrl}`, from],
    { encoding: 'utf8' },
  );
  if (restore.error || restore.status !== 0)
    throw new Error(`pg_restore failed: ${restore.error?.message ?? restore.stderr.trim()}`);
  return summarise(await openStore({ dataDir: '', databaseUrl: into.databaseUrl }), 'postgres');
}

/** Opening the store runs any newer migrations, so the drill also proves the upgrade path. */
async function summarise(store: Store, database: RestoreSummary['database']) {
  const count = async (table: 'teams' | 'users' | 'participants' | 'facts') =>
    Number(
      (
        await store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  try {
    return {
      database,
      teams: await count('teams'),
      staff: await count('users'),
      participants: await count('participants'),
      facts: await count('facts'),
    };
  } finally {
    await store.close();
  }
}
