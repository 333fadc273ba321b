import { randomBytes } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { Store } from '../db/connect';
import type { Database } from '../db/schema';
import { hashPassword } from '../auth/passwords';
import { teamExportSchema, type TeamExport } from '../../shared/teamExport';

export class TeamImportRefused extends Error {}

/** The problems with a team.json, path by path, in words for the admin. */
export function parseTeamExport(raw: unknown): TeamExport {
  const parsed = teamExportSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const format = (raw as { format?: unknown; version?: unknown } | null) ?? {};
  if (format.format !== 'stegvis-team-export')
    throw new TeamImportRefused('This is not a Stegvis team export (team.json).');
  if (format.version !== 1)
    throw new TeamImportRefused(
      `This export is format version ${String(format.version)}; this Stegvis reads version 1.`,
    );
  const lines = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join('.')}: ${i.message}`);
  throw new TeamImportRefused(`team.json does not match the format:\n${lines.join('\n')}`);
}

async function insertAll<T extends keyof Database>(
  trx: Transaction<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
) {
  // Chunks keep each statement well under SQLite's and PostgreSQL's parameter limits.
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + 200) as never)
      .execute();
}

/**
 * Restores an exported team into an installation that does not have it, in one transaction:
 * all of it or nothing. Staff get no password (the export holds none): set one with
 * `set-password`, or sign in with e-ID where their identity is linked.
 */
export async function importTeam(store: Store, data: TeamExport): Promise<{ teamId: string }> {
  const clash = await store.db
    .selectFrom('teams')
    .select('id')
    .where('id', '=', data.team.id)
    .executeTakeFirst();
  if (clash) throw new TeamImportRefused('This installation has that team already.');
  if (data.staff.length) {
    const taken = await store.db
      .selectFrom('users')
      .select('email')
      .where(
        'email',
        'in',
        data.staff.map((u) => u.email),
      )
      .execute();
    if (taken.length)
      throw new TeamImportRefused(
        `These e-mail addresses have accounts here already: ${taken.map((t) => t.email).join(', ')}`,
      );
  }
  // One unguessable hash for every imported account: no password opens it.
  const noPassword = await hashPassword(randomBytes(32).toString('hex'));
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('teams')
      .values({
        id: data.team.id,
        name: data.team.name,
        created_at: data.team.createdAt,
        kind: 'team',
      })
      .execute();
    await insertAll(
      trx,
      'users',
      data.staff.map((u) => ({
        id: u.id,
        team_id: data.team.id,
        email: u.email,
        role: u.role,
        password_hash: noPassword,
        created_at: u.createdAt,
        identity: u.identity,
      })),
    );
    if (data.settings)
      await trx
        .insertInto('team_settings')
        .values({
          team_id: data.team.id,
          settings: JSON.stringify(data.settings.settings),
          licence: data.settings.licence ? JSON.stringify(data.settings.licence) : null,
          updated_at: data.settings.updatedAt,
          updated_by: data.settings.updatedBy,
        })
        .execute();
    await insertAll(
      trx,
      'team_wordings',
      data.wordings.map((w) => ({
        team_id: data.team.id,
        language: w.language,
        body: JSON.stringify(w.body),
        uploaded_at: w.uploadedAt,
        uploaded_by: w.uploadedBy,
      })),
    );
    await insertAll(
      trx,
      'participants',
      data.participants.map((p) => ({
        id: p.id,
        team_id: data.team.id,
        code: p.code,
        display_name: p.displayName,
        gender: p.gender,
        birth_year: p.birthYear,
        intake_date: p.intakeDate,
        exit_date: p.exitDate,
        exit_reason: p.exitReason,
        exit_note: p.exitNote,
        referrer: p.referrer,
        support: p.support,
        years_in_support: p.yearsInSupport,
        follow_up_consent_at: p.followUpConsentAt ?? null,
        follow_up_ended_at: p.followUpEndedAt ?? null,
        created_at: p.createdAt,
      })),
    );
    await insertAll(
      trx,
      'participant_history',
      data.history.map((h) => ({
        participant_id: h.participantId,
        changed_at: h.changedAt,
        user_id: h.userId,
        changes: JSON.stringify(h.changes),
      })),
    );
    await insertAll(
      trx,
      'devices',
      data.devices.map((d) => ({
        id: d.id,
        participant_id: d.participantId,
        token_hash: d.tokenHash,
        label: d.label,
        created_at: d.createdAt,
        last_seen_at: d.lastSeenAt,
        revoked_at: d.revokedAt,
      })),
    );
    await insertAll(
      trx,
      'groups',
      data.groups.map((g) => ({
        id: g.id,
        team_id: data.team.id,
        name: g.name,
        created_at: g.createdAt,
      })),
    );
    await insertAll(
      trx,
      'group_members',
      data.groups.flatMap((g) => g.memberIds.map((m) => ({ group_id: g.id, participant_id: m }))),
    );
    await insertAll(
      trx,
      'group_sessions',
      data.groupSessions.map((s) => ({
        id: s.id,
        group_id: s.groupId,
        team_id: data.team.id,
        code: s.code,
        held_on: s.heldOn,
        created_at: s.createdAt,
      })),
    );
    // In their recorded order, so a phone's pull cursor sees them in the same order.
    await insertAll(
      trx,
      'facts',
      data.facts.map((f) => ({
        participant_id: f.participantId,
        id: f.id,
        type: f.type,
        instrument: f.instrument,
        occurred_at: f.occurredAt,
        total: f.total,
        provenance: f.provenance,
        body: JSON.stringify(f.fact),
        device_id: f.deviceId,
        received_at: f.receivedAt,
        group_session: f.groupSession,
      })),
    );
    await insertAll(
      trx,
      'coach_notes',
      data.coachNotes.map((n) => ({
        id: n.id,
        participant_id: n.participantId,
        user_id: n.userId,
        session_date: n.sessionDate,
        text: n.text,
        created_at: n.createdAt,
      })),
    );
    await insertAll(
      trx,
      'alert_acknowledgements',
      (data.acknowledgements ?? []).map((a) => ({
        id: a.id,
        participant_id: a.participantId,
        alert_id: a.alertId,
        rating_id: a.ratingId,
        note: a.note,
        user_id: a.userId,
        at: a.at,
      })),
    );
    await insertAll(
      trx,
      'participant_coaches',
      (data.coaches ?? []).map((c) => ({ participant_id: c.participantId, user_id: c.userId })),
    );
    await insertAll(
      trx,
      'labour_statuses',
      (data.statuses ?? []).map((r) => ({
        participant_id: r.participantId,
        moment: r.moment,
        months: r.months,
        status: r.status,
        income: r.income,
        recorded_on: r.recordedOn,
        recorded_by: r.recordedBy,
        user_id: r.userId,
        updated_at: r.updatedAt,
      })),
    );
    await insertAll(
      trx,
      'access_log',
      data.accessLog.map((a) => ({
        at: a.at,
        user_id: a.userId,
        participant_id: a.participantId,
        action: a.action,
      })),
    );
    await insertAll(
      trx,
      'erasures',
      data.erasures.map((e) => ({
        id: e.id,
        team_id: data.team.id,
        code_hash: e.codeHash,
        decision_ref: e.decisionRef,
        decided_by: e.decidedBy,
        erased_at: e.erasedAt,
        removed: JSON.stringify(e.removed),
      })),
    );
  });
  return { teamId: data.team.id };
}
