import * as z from 'zod/mini';

/**
 * A team's complete data as one versioned JSON document (`team.json` in the export archive),
 * so a team can leave Stegvis, or move installation, with everything it recorded. Rows keep
 * their ids, so references between them hold. Left out on purpose: staff passwords (set new
 * ones after an import), pending invitations and shared-tablet unlocks (they expire within
 * days). Devices keep their token hashes, so connected phones keep working when the new
 * installation answers at the same address.
 *
 * Format version 1. A later version adds fields; an importer refuses versions it does not know.
 */
export const TEAM_EXPORT_FORMAT = 'stegvis-team-export';
export const TEAM_EXPORT_VERSION = 1;

const text = z.string();
const maybeText = z.nullable(z.string());
const maybeNumber = z.nullable(z.number());

export const teamExportSchema = z.strictObject({
  format: z.literal(TEAM_EXPORT_FORMAT),
  version: z.literal(TEAM_EXPORT_VERSION),
  exportedAt: text,
  team: z.strictObject({ id: text, name: text, createdAt: text }),
  /** The team's own settings over the defaults (thresholds, goal reasons …), licence, wordings. */
  settings: z.nullable(
    z.strictObject({
      settings: z.record(z.string(), z.unknown()),
      licence: z.nullable(z.record(z.string(), z.unknown())),
      updatedAt: text,
      updatedBy: text,
    }),
  ),
  wordings: z.array(
    z.strictObject({
      language: text,
      body: z.record(z.string(), z.unknown()),
      uploadedAt: text,
      uploadedBy: text,
    }),
  ),
  staff: z.array(
    z.strictObject({
      id: text,
      email: text,
      role: z.enum(['admin', 'coach']),
      createdAt: text,
      identity: maybeText,
    }),
  ),
  participants: z.array(
    z.strictObject({
      id: text,
      code: text,
      displayName: maybeText,
      gender: text,
      birthYear: z.number(),
      intakeDate: text,
      exitDate: maybeText,
      exitReason: maybeText,
      exitNote: maybeText,
      referrer: maybeText,
      support: maybeText,
      yearsInSupport: maybeNumber,
      /** Consent to follow-up on the phone, and its end; absent in older archives. */
      followUpConsentAt: z.optional(z.nullable(text)),
      followUpEndedAt: z.optional(z.nullable(text)),
      createdAt: text,
    }),
  ),
  /** Every correction of intake and exit data: `changes` is `{ field: [before, after] }`. */
  history: z.array(
    z.strictObject({
      participantId: text,
      changedAt: text,
      userId: text,
      changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
    }),
  ),
  devices: z.array(
    z.strictObject({
      id: text,
      participantId: text,
      tokenHash: text,
      label: maybeText,
      createdAt: text,
      lastSeenAt: maybeText,
      revokedAt: maybeText,
    }),
  ),
  /** Ratings, withdrawals, notes and goals as recorded, oldest first; `fact` as the phone sent it. */
  facts: z.array(
    z.strictObject({
      participantId: text,
      id: text,
      type: text,
      instrument: maybeText,
      occurredAt: text,
      total: maybeNumber,
      provenance: maybeText,
      fact: z.record(z.string(), z.unknown()),
      deviceId: maybeText,
      receivedAt: text,
      groupSession: maybeText,
    }),
  ),
  groups: z.array(
    z.strictObject({ id: text, name: text, createdAt: text, memberIds: z.array(text) }),
  ),
  groupSessions: z.array(
    z.strictObject({ id: text, groupId: text, code: text, heldOn: text, createdAt: text }),
  ),
  coachNotes: z.array(
    z.strictObject({
      id: text,
      participantId: text,
      userId: text,
      sessionDate: text,
      text,
      createdAt: text,
    }),
  ),
  /** Alerts a coach acknowledged, with the note (also in `history`); absent in older archives. */
  acknowledgements: z.optional(
    z.array(
      z.strictObject({
        id: text,
        participantId: text,
        alertId: text,
        ratingId: text,
        note: text,
        userId: text,
        at: text,
      }),
    ),
  ),
  /** Each participant's responsible coaches ("Mina deltagare"); absent in older archives. */
  coaches: z.optional(z.array(z.strictObject({ participantId: text, userId: text }))),
  /** Labour-market statuses at intake, exit and follow-ups; absent in older archives. */
  statuses: z.optional(
    z.array(
      z.strictObject({
        participantId: text,
        moment: text,
        months: z.int(),
        status: text,
        income: text,
        recordedOn: text,
        recordedBy: text,
        userId: z.nullable(text),
        updatedAt: text,
      }),
    ),
  ),
  /** Who read which participant's data, when (kept for the log review). */
  accessLog: z.array(z.strictObject({ at: text, userId: text, participantId: text, action: text })),
  /** Participants erased under a decision: no data about them, only that it happened. */
  erasures: z.array(
    z.strictObject({
      id: text,
      codeHash: text,
      decisionRef: text,
      decidedBy: text,
      erasedAt: text,
      removed: z.record(z.string(), z.number()),
    }),
  ),
});
export type TeamExport = z.infer<typeof teamExportSchema>;
