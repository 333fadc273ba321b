import * as z from 'zod/mini';
import { factSchema } from '../rating';

/** What a coach is told about participants: pseudonymous codes, summaries, devices, notes. */
/** The alert rules, in the order the team home lists them. */
export const ALERT_IDS = [
  'srsLow',
  'srsItemLow',
  'srsDrop',
  'orsDeteriorated',
  'noImprovement',
  'intakeAboveCutoff',
  'belowCourse',
] as const;

export const alertSchema = z.object({
  id: z.enum(ALERT_IDS),
  /** A note is worth knowing (intake above the cutoff); an alert is worth acting on. */
  severity: z.enum(['alert', 'note']),
  /** The rating that made it fire. */
  ratingId: z.string(),
  /** The numbers behind it, for the explanation shown to the coach. */
  facts: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type Alert = z.infer<typeof alertSchema>;
export type AlertId = Alert['id'];

export const participantSummarySchema = z.object({
  sessions: z.number(),
  latestOrs: z.nullable(z.number()),
  latestSrs: z.nullable(z.number()),
  orsChange: z.nullable(z.number()),
  orsChangeKind: z.nullable(z.enum(['improved', 'unchanged', 'deteriorated'])),
  /** Open alerts: those a coach has acknowledged stay closed until the rule fires anew. */
  alerts: z.array(alertSchema),
  /** When the participant last rated (any instrument), for "not rated for a while". */
  lastRatedAt: z.nullable(z.string()),
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

export const participantRowSchema = z.object({
  id: z.string(),
  code: z.string(),
  displayName: z.nullable(z.string()),
  gender: z.string(),
  birthYear: z.number(),
  intakeDate: z.string(),
  exitDate: z.nullable(z.string()),
  exitReason: z.nullable(z.string()),
  exitNote: z.optional(z.nullable(z.string())),
  referrer: z.optional(z.nullable(z.string())),
  support: z.optional(z.nullable(z.string())),
  yearsInSupport: z.optional(z.nullable(z.number())),
  /** Agreed at exit to follow-up questions on the phone; when that follow-up ended. */
  followUpConsentAt: z.optional(z.nullable(z.string())),
  followUpEndedAt: z.optional(z.nullable(z.string())),
  /** The responsible coaches' user ids (one or two; none where nobody is named yet). */
  coachIds: z.optional(z.array(z.string())),
  summary: z.optional(participantSummarySchema),
});
export type ParticipantRow = z.infer<typeof participantRowSchema>;

/** `GET /api/participants` */
export const participantsResponseSchema = z.object({ participants: z.array(participantRowSchema) });
/** `GET/POST/PATCH /api/participants/:id` */
export const participantResponseSchema = z.object({ participant: participantRowSchema });
/** `GET /api/participants/:id/history` */
export const historyResponseSchema = z.object({
  history: z.array(
    z.object({
      changedAt: z.string(),
      by: z.nullable(z.string()),
      changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
    }),
  ),
});
/** `GET /api/participants/:id/ratings`: every fact, the participant's private notes left out. */
export const ratingsResponseSchema = z.object({ facts: z.array(factSchema) });
/** `POST /api/participants/:id/invitations` */
export const invitationResponseSchema = z.object({
  shortCode: z.string(),
  link: z.string(),
  qrSvg: z.string(),
  expiresAt: z.string(),
});
/** `GET /api/participants/:id/devices` */
export const devicesResponseSchema = z.object({
  devices: z.array(
    z.object({
      id: z.string(),
      label: z.nullable(z.string()),
      createdAt: z.string(),
      lastSeenAt: z.nullable(z.string()),
      revokedAt: z.nullable(z.string()),
    }),
  ),
});
export type DeviceRow = z.infer<typeof devicesResponseSchema>['devices'][number];

export const coachNoteSchema = z.object({
  id: z.string(),
  sessionDate: z.string(),
  text: z.string(),
  createdAt: z.string(),
  by: z.nullable(z.string()),
});
export type CoachNote = z.infer<typeof coachNoteSchema>;
/** `GET /api/participants/:id/coach-notes` */
export const coachNotesResponseSchema = z.object({ notes: z.array(coachNoteSchema) });
/** `POST /api/participants/:id/coach-notes` */
export const coachNoteResponseSchema = z.object({ note: coachNoteSchema });

/** A coach's acknowledgement of one firing of an alert, with what was done about it. */
export const acknowledgementSchema = z.object({
  alertId: z.enum(ALERT_IDS),
  ratingId: z.string(),
  note: z.string(),
  at: z.string(),
  by: z.nullable(z.string()),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;
/** `GET /api/participants/:id/acknowledgements` */
export const acknowledgementsResponseSchema = z.object({
  acknowledgements: z.array(acknowledgementSchema),
});
/** `POST /api/participants/:id/acknowledgements` */
export const acknowledgementResponseSchema = z.object({ acknowledgement: acknowledgementSchema });

const coursePointSchema = z.object({
  session: z.number(),
  n: z.number(),
  median: z.number(),
  p25: z.number(),
  p75: z.number(),
});
/** `GET /api/team/expected-course`: the team's own course of ORS change, per intake band. */
export const expectedCourseResponseSchema = z.object({
  minimumParticipants: z.number(),
  minimumAtSession: z.number(),
  bands: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      participants: z.number(),
      points: z.array(coursePointSchema),
    }),
  ),
});
