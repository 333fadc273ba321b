import { Hono } from 'hono';
import * as z from 'zod/mini';
import {
  PROTOCOL_VERSION,
  pushRequestSchema,
  pullResponseSchema,
  pushResponseSchema,
} from '../../shared/protocol';
import { requireDevice } from '../auth/devices';
import { phoneWording, settingsOf } from '../teams/settings';
import { phoneFollowUpSchema } from '../../shared/labourStatus';
import { ingest } from '../sync/ingest';
import type { AppEnv, Deps } from './context';
import { apiError, protocolRefusal, readJson, reply } from './errors';

const PULL_PAGE = 500;

/** The phone's sync (`/api/sync`): push the outbox, pull its history, the team's wording. */
export function syncRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;

  app.post('/push', requireDevice(deps, 'write'), async (c) => {
    const body = await readJson(c, pushRequestSchema, { perItem: true });
    const refused = protocolRefusal(c, body.protocol);
    if (refused) return refused;
    const device = c.get('device');
    // "Last seen" for the coach's device list; once a minute is plenty, and saves a write per push.
    const now = deps.now();
    if (!device.lastSeenAt || now.getTime() - Date.parse(device.lastSeenAt) > 60_000)
      await db
        .updateTable('devices')
        .set({ last_seen_at: now.toISOString() })
        .where('id', '=', device.id)
        .execute();
    const results = await ingest(
      deps.store,
      {
        participantId: device.participantId,
        deviceId: device.id,
        provenances: ['participant_device'],
        teamId: device.teamId,
        followUpOnly: device.followUpOnly,
      },
      body.facts,
      deps.now(),
    );
    return reply(c, pushResponseSchema, { protocol: PROTOCOL_VERSION, results });
  });

  const sinceSchema = z.coerce.number().check(z.int(), z.gte(0));
  app.get('/pull', requireDevice(deps, 'read'), async (c) => {
    const since = sinceSchema.safeParse(c.req.query('since') ?? '0');
    if (!since.success)
      return apiError(c, 400, 'validation_failed', 'since must be a whole number ≥ 0.');
    const rows = await db
      .selectFrom('facts')
      .select(['seq', 'body'])
      .where('participant_id', '=', c.get('device').participantId)
      .where('seq', '>', since.data)
      .orderBy('seq')
      .limit(PULL_PAGE + 1)
      .execute();
    const page = rows.slice(0, PULL_PAGE);
    return reply(c, pullResponseSchema, {
      protocol: PROTOCOL_VERSION,
      facts: page.map((r) => JSON.parse(r.body)),
      next: page.length ? Number(page.at(-1)!.seq) : since.data,
      more: rows.length > PULL_PAGE,
    });
  });

  // The follow-up the phone asks after exit, while the participant has agreed to it.
  app.get('/follow-up', requireDevice(deps, 'read'), async (c) => {
    const p = await db
      .selectFrom('participants')
      .select(['exit_date', 'follow_up_consent_at', 'follow_up_ended_at', 'team_id'])
      .where('id', '=', c.get('device').participantId)
      .executeTakeFirstOrThrow();
    const open = p.exit_date && p.follow_up_consent_at && !p.follow_up_ended_at;
    const months = open ? (await settingsOf(deps.store, p.team_id)).followUpMonths : [];
    return reply(c, phoneFollowUpSchema, {
      followUp: open ? { exitDate: p.exit_date!, months } : null,
    });
  });

  // The phone's copy of the team's wording: sent in each sync pass, a 304 when nothing changed.
  app.get('/team', requireDevice(deps, 'read'), async (c) => {
    const { json, etag } = await phoneWording(deps.store, c.get('device').teamId);
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    return c.body(json, 200, { 'content-type': 'application/json' });
  });

  return app;
}
