import { questionnairePackSchema } from '../questionnaire';
import * as z from 'zod/mini';
import { wordingFileSchema } from '../instruments/wording';
import { languageSchema } from '../languageSchema';
import { licenceSchema, teamSettingsSchema } from '../team';

/** What the staff side is told about accounts, the team and its settings. */
const named = z.object({ id: z.string(), name: z.string() });

export const staffUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'coach', 'organisation']),
  teamId: z.string(),
});
export type StaffUser = z.infer<typeof staffUserSchema>;

/** `POST /api/auth/sign-in`, `GET /api/auth/me`: who is signed in, and the CSRF token. */
export const sessionResponseSchema = z.object({ user: staffUserSchema, csrfToken: z.string() });

/** `GET /api/auth/options`: the ways in this installation offers. */
export const signInOptionsSchema = z.object({
  password: z.boolean(),
  /** Single sign-on, with the button's wording when the installation sets one. */
  sso: z.nullable(z.object({ label: z.nullable(z.string()) })),
});
export type SignInOptions = z.infer<typeof signInOptionsSchema>;

export const staffMemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'coach', 'organisation']),
  createdAt: z.string(),
  /** Who they are at the identity provider, for single sign-on; null when not linked. */
  identity: z.nullable(z.string()),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;
/** `GET /api/users` */
export const usersResponseSchema = z.object({ users: z.array(staffMemberSchema) });
/** `POST /api/users` */
export const userCreatedSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'coach', 'organisation']),
  }),
});

/** `GET /api/team`: the team, its settings, licence and wording, whose reporting year. */
export const teamInfoSchema = z.object({
  team: named,
  settings: teamSettingsSchema,
  licence: z.nullable(licenceSchema),
  wordings: z.array(wordingFileSchema),
  reporting: z.object({
    organisation: z.nullable(named),
    yearStart: z.union([z.literal(1), z.literal(7)]),
  }),
  /** The team's coaches and admins, who can be responsible for a participant. */
  coaches: z.optional(z.array(z.object({ id: z.string(), email: z.string() }))),
});
export type TeamInfo = z.infer<typeof teamInfoSchema>;

/** `PATCH /api/team/settings`, `GET/PATCH /api/organisation/settings` */
export const settingsResponseSchema = z.object({ settings: teamSettingsSchema });
/** `PUT /api/team/licence` */
export const licenceResponseSchema = z.object({ licence: licenceSchema });
/** `PUT /api/team/wordings/:language` */
export const wordingResponseSchema = z.object({ wording: wordingFileSchema });
/** `GET /api/sync/team`: the phone's copy of the team's wording and licence. */
export const phoneTeamSchema = z.object({
  wordings: z.array(wordingFileSchema),
  licence: z.nullable(licenceSchema),
  /** For the privacy notice: who the team is, how to reach it, how long it keeps records. */
  team: z.optional(
    z.object({
      name: z.string(),
      contact: z.string(),
      retentionMonths: z.number(),
      /** The languages the team offers (absent from servers before they could choose). */
      languages: z.optional(z.array(languageSchema)),
    }),
  ),
  /** The questionnaire packs the team asks (absent from servers before packs). */
  questionnaires: z.optional(z.array(questionnairePackSchema)),
});

/** `GET /api/team/erasures`: who is due for erasure under the team's retention, and what was erased. */
const erasureSchema = z.object({
  id: z.string(),
  decisionRef: z.string(),
  decidedBy: z.string(),
  erasedAt: z.string(),
  removed: z.record(z.string(), z.number()),
});
export const erasuresResponseSchema = z.object({
  retentionMonths: z.number(),
  due: z.array(
    z.object({ id: z.string(), code: z.string(), exitDate: z.string(), dueOn: z.string() }),
  ),
  done: z.array(erasureSchema),
});
/** `POST /api/team/erasures` */
export const erasureResponseSchema = z.object({
  erasure: erasureSchema,
});

/** `GET /api/team/access-log` */
export const accessLogResponseSchema = z.object({
  /** How many entries match the filter (the list holds at most 500, or the sample). */
  total: z.number(),
  sampled: z.boolean(),
  entries: z.array(
    z.object({
      at: z.string(),
      /** The staff member's e-mail, or `cli` for the admin command line. */
      by: z.string(),
      /** The participant's code; null once the participant is erased. */
      participant: z.nullable(z.string()),
      action: z.string(),
    }),
  ),
});
export type AccessLogEntry = z.infer<typeof accessLogResponseSchema>['entries'][number];

const csvProblemSchema = z.object({
  line: z.number(),
  column: z.nullable(z.string()),
  code: z.string(),
  vars: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
/** `POST /api/team/import/check` and `/run`: every problem at once, or what was (would be) added. */
export const csvImportResponseSchema = z.object({
  ok: z.boolean(),
  problems: z.array(csvProblemSchema),
  warnings: z.array(csvProblemSchema),
  summary: z.nullable(
    z.object({
      participantsCreated: z.number(),
      participantsUpdated: z.number(),
      ratingsAdded: z.number(),
      ratingsAlreadyPresent: z.number(),
    }),
  ),
});
export type CsvImportResponse = z.infer<typeof csvImportResponseSchema>;
