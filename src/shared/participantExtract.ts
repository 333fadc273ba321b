import * as z from 'zod/mini';

/**
 * What Stegvis holds about one participant, for them (GDPR art. 15): the record, every
 * rating with its items, every note (their own private ones too: the extract is for them),
 * the coach's notes, the phones, the history of changes, and who read their data when.
 * The same document as JSON (`participant-extract`) and printed as readable Swedish on A4.
 */
const text = z.string();
const maybeText = z.nullable(z.string());

export const participantExtractSchema = z.object({
  format: z.literal('stegvis-participant-extract'),
  version: z.literal(1),
  generatedAt: text,
  team: z.object({ name: text }),
  participant: z.object({
    code: text,
    displayName: maybeText,
    gender: text,
    birthYear: z.number(),
    intakeDate: text,
    referrer: maybeText,
    support: maybeText,
    yearsInSupport: z.nullable(z.number()),
    exitDate: maybeText,
    exitReason: maybeText,
    exitNote: maybeText,
    createdAt: text,
    /** Consent to follow-up on the phone, and when it ended. */
    followUpConsentAt: z.optional(maybeText),
    followUpEndedAt: z.optional(maybeText),
  }),
  ratings: z.array(
    z.object({
      id: text,
      instrument: text,
      at: text,
      values: z.record(z.string(), z.number()),
      total: z.nullable(z.number()),
      goal: z.optional(text),
      provenance: maybeText,
      withdrawn: z.boolean(),
      notes: z.array(z.object({ at: text, text, shared: z.boolean() })),
    }),
  ),
  coachNotes: z.array(z.object({ sessionDate: text, text, by: text, createdAt: text })),
  /** Labour-market status at intake, exit and follow-ups, and who recorded it. */
  statuses: z.optional(
    z.array(
      z.object({
        moment: text,
        months: z.number(),
        status: text,
        income: text,
        recordedOn: text,
        recordedBy: text,
      }),
    ),
  ),
  /** Answers to the team's questionnaires, as given. */
  questionnaires: z.optional(
    z.array(
      z.object({ packId: text, moment: text, at: text, answers: z.record(z.string(), z.number()) }),
    ),
  ),
  devices: z.array(
    z.object({ label: maybeText, connectedAt: text, lastSeenAt: maybeText, revokedAt: maybeText }),
  ),
  history: z.array(
    z.object({
      at: text,
      by: text,
      changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
    }),
  ),
  accessLog: z.array(z.object({ at: text, by: text, action: text })),
});
export type ParticipantExtract = z.infer<typeof participantExtractSchema>;
