import { RetryableError, type SyncDeps } from './transport';
import { PROTOCOL_VERSION, pullResponseSchema, pushResponseSchema } from '../../shared/protocol';
import { todaySessionsSchema } from '../../shared/responses/groups';
import { phoneTeamSchema } from '../../shared/responses/staff';
import {
  applyPushResults,
  getDevice,
  getPullCursor,
  getTeamWording,
  setTeamWording,
  mergePulled,
  nextBatch,
  setDevice,
  setTodaySessions,
  setFollowUpPlan,
} from '../storage/syncStore';
import { phoneFollowUpSchema } from '../../shared/labourStatus';

/**
 * One sync pass: push the outbox in batches, then pull what this device lacks. The outbox
 * entry of a fact is removed only when the server answered accepted or duplicate, so a lost
 * answer just means the fact is sent again and the server says "duplicate".
 */
export const BATCH_SIZE = 20;

export { backoffMs, RetryableError, SAME_ORIGIN, type SyncDeps } from './transport';

export type SyncOutcome = 'done' | 'not_connected' | 'disconnected' | 'closed';

const RETRY_STATUSES = new Set([408, 429]);

export async function call(
  deps: SyncDeps,
  path: string,
  token: string,
  init: RequestInit = {},
): Promise<Response> {
  let res: Response;
  try {
    res = await deps.fetch(`${deps.baseUrl}${path}`, {
      ...init,
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        authorization: `Bearer ${token}`,
      },
      signal: AbortSignal.timeout(deps.timeoutMs ?? 20_000),
    });
  } catch (error) {
    throw new RetryableError(`network: ${(error as Error).message}`);
  }
  if (res.status >= 500 || RETRY_STATUSES.has(res.status)) {
    const after = Number(res.headers.get('retry-after'));
    throw new RetryableError(`server answered ${res.status}`, after > 0 ? after * 1000 : undefined);
  }
  return res;
}

export async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    // A cut-off or garbled answer: the facts stay in the outbox and go again.
    throw new RetryableError('unreadable answer');
  }
}

export async function syncOnce(deps: SyncDeps): Promise<SyncOutcome> {
  const device = await getDevice(deps.database);
  if (!device) return 'not_connected';

  for (;;) {
    const batch = await nextBatch(BATCH_SIZE, deps.database);
    if (batch.length === 0) break;
    const res = await call(deps, '/api/sync/push', device.token, {
      method: 'POST',
      body: JSON.stringify({ protocol: PROTOCOL_VERSION, facts: batch }),
    });
    if (res.status === 401) {
      await setDevice(null, deps.database);
      return 'disconnected';
    }
    if (res.status === 403) return 'closed';
    if (!res.ok) throw new RetryableError(`push refused with ${res.status}`);
    const parsed = pushResponseSchema.safeParse(await readJson(res));
    if (!parsed.success) throw new RetryableError('unexpected answer');
    const answered = new Set(parsed.data.results.map((r) => r.id));
    // Never loop on a batch the server did not answer item by item.
    if (!batch.some((f) => answered.has(f.id)))
      throw new RetryableError('answer did not cover the batch');
    await applyPushResults(parsed.data.results, deps.database);
  }

  for (;;) {
    const since = await getPullCursor(deps.database);
    const res = await call(deps, `/api/sync/pull?since=${since}`, device.token);
    if (res.status === 401) {
      await setDevice(null, deps.database);
      return 'disconnected';
    }
    if (!res.ok) throw new RetryableError(`pull refused with ${res.status}`);
    const body = pullResponseSchema.safeParse(await readJson(res));
    if (!body.success) throw new RetryableError('unexpected answer');
    await mergePulled(body.data.facts, body.data.next, deps.database);
    if (!body.data.more) break;
  }

  const today = await call(deps, '/api/group-sessions/today', device.token);
  if (today.ok) {
    const parsed = todaySessionsSchema.safeParse(await readJson(today));
    if (parsed.success) await setTodaySessions(parsed.data.sessions, deps.database);
  }
  await refreshTeamWording(deps, device.token);
  await refreshFollowUp(deps, device.token);
  return 'done';
}

/** The follow-up after exit, kept on the phone so its questions open offline. */
async function refreshFollowUp(deps: SyncDeps, token: string): Promise<void> {
  const res = await call(deps, '/api/sync/follow-up', token);
  if (res.status !== 200) return;
  const parsed = phoneFollowUpSchema.safeParse(await readJson(res));
  if (parsed.success) await setFollowUpPlan(parsed.data.followUp, deps.database);
}

/**
 * The team's licensed wording, kept on the device so the forms use it offline. The tag
 * makes an unchanged wording a 304; an answer we cannot read keeps the copy we have.
 */
async function refreshTeamWording(deps: SyncDeps, token: string): Promise<void> {
  const known = await getTeamWording(deps.database);
  const res = await call(deps, '/api/sync/team', token, {
    headers: known?.etag ? { 'if-none-match': known.etag } : {},
  });
  if (res.status !== 200) return;
  const parsed = phoneTeamSchema.safeParse(await readJson(res));
  if (!parsed.success) return;
  await setTeamWording({ ...parsed.data, etag: res.headers.get('etag') }, deps.database);
}
