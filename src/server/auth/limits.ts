import { sql } from 'kysely';
import type { Store } from '../db/connect';

/**
 * Attempt limits kept in the database: a restart does not forget them, and every instance
 * on one PostgreSQL counts against the same limit. Only failures count. Each policy is a
 * window and what follows from the failures in it.
 */
export interface LimitPolicy {
  windowMs: number;
  /** How long to refuse after `failures` failures in the window (0: not at all). */
  blockMs(failures: number): number;
}

const MINUTE = 60_000;

export const POLICIES = {
  /**
   * One account from one address: after 5 wrong passwords, 2 s, 4 s, 8 s … up to 15 minutes
   * between tries. Someone guessing from one place slows only themselves; the owner elsewhere
   * is not locked out.
   */
  signInPair: {
    windowMs: 15 * MINUTE,
    blockMs: (n: number) => (n < 5 ? 0 : Math.min(15 * MINUTE, 1000 * 2 ** (n - 4))),
  },
  /**
   * One account from everywhere: a slow ceiling against guessing from many addresses. It
   * does not hold addresses the account has signed in from before (see `knownAddress`).
   */
  signInAccount: { windowMs: 60 * MINUTE, blockMs: (n: number) => (n < 50 ? 0 : 60 * MINUTE) },
  /** One address trying many accounts. */
  signInAddress: {
    windowMs: 15 * MINUTE,
    blockMs: (n: number) => (n < 100 ? 0 : 15 * MINUTE),
  },
  /** Wrong invitation codes from one address; a whole office enrolling succeeds freely. */
  redeem: { windowMs: 15 * MINUTE, blockMs: (n: number) => (n < 20 ? 0 : 15 * MINUTE) },
} satisfies Record<string, LimitPolicy>;

/** Addresses an account signed in from are remembered for this long. */
const KNOWN_MS = 30 * 24 * 60 * MINUTE;

export class Limits {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  /** Seconds to wait before this key may try again; 0 when it may now. */
  async waitSeconds(key: string): Promise<number> {
    const row = await this.store.db
      .selectFrom('limit_counters')
      .select('blocked_until')
      .where('key', '=', key)
      .executeTakeFirst();
    const until = row?.blocked_until ? Date.parse(row.blocked_until) : 0;
    return Math.max(0, Math.ceil((until - this.now().getTime()) / 1000));
  }

  /**
   * Counts one failure, in one statement (so instances racing each other all count), and
   * sets how long the key is refused from now on.
   */
  async fail(key: string, policy: LimitPolicy): Promise<void> {
    const now = this.now();
    const cutoff = new Date(now.getTime() - policy.windowMs).toISOString();
    const row = await this.store.db
      .insertInto('limit_counters')
      .values({ key, count: 1, window_start: now.toISOString(), blocked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`case when limit_counters.window_start < ${cutoff} then 1 else limit_counters.count + 1 end`,
          window_start: sql<string>`case when limit_counters.window_start < ${cutoff} then ${now.toISOString()} else limit_counters.window_start end`,
        }),
      )
      .returning(['count'])
      .executeTakeFirstOrThrow();
    const block = policy.blockMs(Number(row.count));
    if (block > 0)
      await this.store.db
        .updateTable('limit_counters')
        .set({ blocked_until: new Date(now.getTime() + block).toISOString() })
        .where('key', '=', key)
        .execute();
  }

  async reset(key: string): Promise<void> {
    await this.store.db.deleteFrom('limit_counters').where('key', '=', key).execute();
  }

  /** Remembers a successful sign-in from an address. */
  async remember(key: string): Promise<void> {
    const now = this.now().toISOString();
    await this.store.db
      .insertInto('limit_counters')
      .values({ key, count: 0, window_start: now, blocked_until: null })
      .onConflict((oc) => oc.column('key').doUpdateSet({ window_start: now }))
      .execute();
  }

  async known(key: string): Promise<boolean> {
    const row = await this.store.db
      .selectFrom('limit_counters')
      .select('window_start')
      .where('key', '=', key)
      .executeTakeFirst();
    return !!row && Date.parse(row.window_start) > this.now().getTime() - KNOWN_MS;
  }
}

export const limitKeys = {
  pair: (email: string, address: string) => `signin:pair:${email}|${address}`,
  account: (email: string) => `signin:account:${email}`,
  address: (address: string) => `signin:address:${address}`,
  knownAddress: (email: string, address: string) => `signin:known:${email}|${address}`,
  redeem: (address: string) => `redeem:${address}`,
};
