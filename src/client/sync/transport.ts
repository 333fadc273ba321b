import type { StegvisDB } from '../storage/db';

// What every sync pass shares and the sync loop needs before a pass: how to reach the
// server, and when to try again. Kept apart from the engine (which validates answers with
// the shared schemas) so the loop starts on the first screen without loading zod.

/** Worth retrying later: no network, a timeout, an overloaded or failing server. */
export class RetryableError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface SyncDeps {
  fetch: typeof fetch;
  /** '' in the browser (same origin); a full origin in tests. */
  baseUrl: string;
  database?: StegvisDB;
  timeoutMs?: number;
}

/** The app's own server, as the page, the tablet and the service worker reach it. */
export const SAME_ORIGIN: SyncDeps = { fetch: (...a) => fetch(...a), baseUrl: '' };

/** Exponential backoff with jitter: 2 s, 4 s, 8 s … up to 5 minutes, each 50–100 % of that. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(5 * 60_000, 2_000 * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling * (0.5 + random() / 2));
}
