import * as z from 'zod/mini';
import { REJECT_CODES } from './rejectCodes';

/**
 * The wire contract between a phone and the team's server. The version travels with every
 * push; the server accepts this version and the one before, so a phone that was offline
 * through an update still delivers what it holds.
 */
export const PROTOCOL_VERSION = 1;
export const OLDEST_ACCEPTED_PROTOCOL = 1;
export const MAX_BATCH = 50;

/** Ratings dated further ahead than this are refused: the phone's clock is wrong. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export const pushRequestSchema = z.strictObject({
  protocol: z.int(),
  // Items are validated one by one, so one bad fact does not block the rest of the batch.
  facts: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_BATCH)),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export { REJECT_CODES, isRejectCode, type RejectCode } from './rejectCodes';

/** Each pushed fact is answered on its own: accepted, a duplicate, or refused with a reason. */
export const pushResultSchema = z.union([
  z.object({ id: z.string(), status: z.enum(['accepted', 'duplicate']) }),
  z.object({
    id: z.nullable(z.string()),
    status: z.literal('rejected'),
    code: z.enum(REJECT_CODES),
    reason: z.string(),
  }),
]);
export type PushResult = z.infer<typeof pushResultSchema>;

/** `POST /api/sync/push`, `POST /api/tablet/push` */
export const pushResponseSchema = z.object({
  protocol: z.int(),
  results: z.array(pushResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

/**
 * `GET /api/sync/pull`: the participant's facts after a cursor. Each fact is checked on its
 * own when it is stored, so one the phone cannot read yet does not stop the others.
 */
export const pullResponseSchema = z.object({
  protocol: z.int(),
  facts: z.array(z.unknown()),
  /** Cursor for the next pull; the server's own sequence, never the phone's clock. */
  next: z.int().check(z.gte(0)),
  more: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** `POST /api/devices/redeem`: the phone's own token, shown once. */
export const redeemResponseSchema = z.object({
  deviceId: z.string(),
  deviceToken: z.string(),
  participantCode: z.string(),
  protocol: z.int(),
});

export const redeemRequestSchema = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(4), z.maxLength(64)),
  deviceLabel: z.optional(z.string().check(z.trim(), z.maxLength(60))),
});

/** Invitation short codes: no 0/O, 1/I/L, so they can be read aloud and typed on a phone. */
export const SHORT_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SHORT_CODE_LENGTH = 8;

export { normalizeShortCode } from './codes';

/**
 * A shared tablet sends each rating with the participant it belongs to (checked on the
 * server against the tablet's group); otherwise the same per-item answers as a phone.
 */
export const tabletPushRequestSchema = z.strictObject({
  protocol: z.int(),
  items: z
    .array(z.strictObject({ participantId: z.uuid(), fact: z.unknown() }))
    .check(z.minLength(1), z.maxLength(MAX_BATCH)),
});

/**
 * How a tablet checks a typed member code without holding the list of codes: each member's
 * code, upper-cased, through PBKDF2-SHA-256 with the tablet's own salt. The server and the
 * tablet compute the same (test/client/tablet.test.ts checks that they agree).
 */
export const TABLET_CODE_HASH = { iterations: 2_000, bytes: 32 } as const;
export const normalizeMemberCode = (typed: string) => typed.trim().toUpperCase();

/**
 * `GET /api/tablet`: what a tablet knows of its group: each active member's code as a hash
 * (never the code), and today's session code when the coach has started one (the GSRS is
 * then about it).
 */
export const tabletGroupSchema = z.object({
  group: z.object({ id: z.string(), name: z.string() }),
  members: z.array(z.object({ id: z.string(), codeHash: z.string() })),
  codeSalt: z.string(),
  sessionCode: z.nullable(z.string()),
  expiresAt: z.string(),
});
export type TabletGroup = z.infer<typeof tabletGroupSchema>;
