import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { findOwnParticipant, participantView } from './ownParticipant';
import { participantChangeRoutes } from './participantChanges';
import { coachNoteRoutes } from './coachNotes';
import { acknowledgementRoutes } from './acknowledgements';
import { caseloadRoutes, coachesOf } from './caseload';
import { labourStatusRoutes } from './labourStatuses';
import QRCode from 'qrcode';
import { newParticipantSchema } from '../../shared/participant';
import type { Fact } from '../../shared/rating';
import { visibleToStaff } from '../../domain/sharing';
import { publicOrigin, requireStaff } from '../auth/staffSessions';
import { formatShortCode, hashSecret, newShortCode } from '../auth/tokens';
import {
  devicesResponseSchema,
  invitationResponseSchema,
  participantResponseSchema,
  participantsResponseSchema,
  ratingsResponseSchema,
} from '../../shared/responses/participants';
import { logTeamRead } from '../teams/accessLog';
import { participantExtract } from '../teams/participantExtract';
import { participantExtractSchema } from '../../shared/participantExtract';
import type { AppEnv, Deps } from './context';
import { apiError, readJson, reply } from './errors';
import { storedSummaries } from '../teams/storedSummaries';
import { settingsOf } from '../teams/settings';

/** A coach's view of the team's participants. Every read of one participant is logged. */
export function participantRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.store;
  app.use('*', requireStaff(deps));
  // Intake and exit corrections share this prefix and its staff check (one session lookup).
  app.route('/', participantChangeRoutes(deps));
  app.route('/', coachNoteRoutes(deps));
  app.route('/', acknowledgementRoutes(deps));
  app.route('/', caseloadRoutes(deps));
  app.route('/', labourStatusRoutes(deps));

  const ownParticipant = (c: Context<AppEnv>, action: string | null) =>
    findOwnParticipant(deps, c, action);

  const view = participantView;

  app.get('/', async (c) => {
    const rows = await db
      .selectFrom('participants')
      .selectAll()
      .where('team_id', '=', c.get('staff').teamId)
      .orderBy('code')
      .execute();
    const summaries = await storedSummaries(
      deps.store,
      rows,
      deps.now(),
      await settingsOf(deps.store, c.get('staff').teamId),
      c.get('staff').teamId,
    );
    const coaches = await coachesOf(
      deps.store,
      rows.map((p) => p.id),
    );
    // The list shows each participant's latest ratings and alerts: a read of every one.
    await logTeamRead(
      deps.store,
      c.get('staff').id,
      rows.map((p) => p.id),
      'list',
      deps.now(),
    );
    return reply(c, participantsResponseSchema, {
      participants: rows.map((p) => ({
        ...view(p, coaches.get(p.id)),
        summary: summaries.get(p.id),
      })),
    });
  });

  app.post('/', async (c) => {
    const input = await readJson(c, newParticipantSchema);
    const teamId = c.get('staff').teamId;
    const taken = await db
      .selectFrom('participants')
      .select('id')
      .where('team_id', '=', teamId)
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (taken)
      return apiError(c, 409, 'conflict', `The code ${input.code} is already in use in your team.`);
    const id = randomUUID();
    await db
      .insertInto('participants')
      .values({
        id,
        team_id: teamId,
        code: input.code,
        display_name: input.displayName ?? null,
        gender: input.gender,
        birth_year: input.birthYear,
        intake_date: input.intakeDate,
        exit_date: null,
        exit_reason: null,
        referrer: input.referrer ?? null,
        support: input.support ?? null,
        years_in_support: input.yearsInSupport ?? null,
        created_at: deps.now().toISOString(),
      })
      .execute();
    // Whoever enrols a participant is responsible to begin with; the trend page changes it.
    const creator = c.get('staff');
    if (creator.role !== 'organisation')
      await db
        .insertInto('participant_coaches')
        .values({ participant_id: id, user_id: creator.id })
        .execute();
    const row = await db
      .selectFrom('participants')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return reply(
      c,
      participantResponseSchema,
      { participant: view(row, creator.role !== 'organisation' ? [creator.id] : []) },
      201,
    );
  });

  app.get('/:id', async (c) =>
    reply(c, participantResponseSchema, {
      participant: await (async () => {
        const p = await ownParticipant(c, 'view');
        return view(p, (await coachesOf(deps.store, [p.id])).get(p.id));
      })(),
    }),
  );

  app.get('/:id/ratings', async (c) => {
    const p = await ownParticipant(c, 'ratings');
    const rows = await db
      .selectFrom('facts')
      .select(['body'])
      .where('participant_id', '=', p.id)
      .orderBy('seq')
      .execute();
    const facts = rows.flatMap((r) => {
      const fact = visibleToStaff(JSON.parse(r.body) as Fact);
      return fact ? [fact] : [];
    });
    return reply(c, ratingsResponseSchema, { facts });
  });

  // Everything held about the participant, for them (GDPR art. 15); the read is logged first,
  // so the extract shows it too.
  app.get('/:id/extract', async (c) => {
    const p = await ownParticipant(c, 'extract');
    return reply(
      c,
      participantExtractSchema,
      await participantExtract(deps.store, p.id, deps.now()),
    );
  });

  app.post('/:id/invitations', async (c) => {
    const p = await ownParticipant(c, null);
    if (p.exit_date) return apiError(c, 409, 'conflict', 'The participant has left the programme.');
    const code = newShortCode();
    const now = deps.now();
    const expiresAt = new Date(now.getTime() + deps.config.invitationMs).toISOString();
    await db
      .insertInto('invitations')
      .values({
        id: randomUUID(),
        participant_id: p.id,
        code_hash: hashSecret(code),
        expires_at: expiresAt,
        used_at: null,
        created_by: c.get('staff').id,
        created_at: now.toISOString(),
      })
      .execute();
    const base = publicOrigin(c, deps);
    const link = `${base.replace(/\/$/, '')}/#/join/${code}`;
    const qrSvg = await QRCode.toString(link, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
    });
    return reply(
      c,
      invitationResponseSchema,
      { shortCode: formatShortCode(code), link, qrSvg, expiresAt },
      201,
    );
  });

  app.get('/:id/devices', async (c) => {
    const p = await ownParticipant(c, 'devices');
    const rows = await db
      .selectFrom('devices')
      .select(['id', 'label', 'created_at', 'last_seen_at', 'revoked_at'])
      .where('participant_id', '=', p.id)
      .orderBy('created_at')
      .execute();
    return reply(c, devicesResponseSchema, {
      devices: rows.map((d) => ({
        id: d.id,
        label: d.label,
        createdAt: d.created_at,
        lastSeenAt: d.last_seen_at,
        revokedAt: d.revoked_at,
      })),
    });
  });

  app.post('/:id/devices/:deviceId/revoke', async (c) => {
    const p = await ownParticipant(c, null);
    const result = await db
      .updateTable('devices')
      .set({ revoked_at: deps.now().toISOString() })
      .where('id', '=', c.req.param('deviceId'))
      .where('participant_id', '=', p.id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      return apiError(c, 404, 'not_found', 'No such active device.');
    return c.body(null, 204);
  });

  return app;
}
