import * as z from 'zod/mini';
import type { AcknowledgeAlertInput, CoachNoteInput } from '../../shared/participant';
import {
  tabletUnlockedSchema,
  groupResponseSchema,
  groupsResponseSchema,
  sessionResultSchema,
  sessionStartedSchema,
} from '../../shared/responses/groups';
import {
  coachNoteResponseSchema,
  coachNotesResponseSchema,
  acknowledgementResponseSchema,
  expectedCourseResponseSchema,
  acknowledgementsResponseSchema,
  devicesResponseSchema,
  historyResponseSchema,
  invitationResponseSchema,
  participantResponseSchema,
  participantsResponseSchema,
  ratingsResponseSchema,
  type CoachNote,
  type ParticipantRow,
} from '../../shared/responses/participants';
import { statusListSchema, type StatusRecord } from '../../shared/labourStatus';
import { packListSchema } from '../../shared/questionnaire';
import { organisationReportSchema, teamReportResponseSchema } from '../../shared/responses/reports';
import {
  licenceResponseSchema,
  accessLogResponseSchema,
  csvImportResponseSchema,
  erasureResponseSchema,
  erasuresResponseSchema,
  sessionResponseSchema,
  settingsResponseSchema,
  signInOptionsSchema,
  teamInfoSchema,
  userCreatedSchema,
  usersResponseSchema,
  wordingResponseSchema,
  type StaffMember,
  type StaffUser,
} from '../../shared/responses/staff';
import type { Licence, TeamSettings } from '../../shared/team';
import { participantExtractSchema } from '../../shared/participantExtract';

/**
 * The staff side talks to the server only (no offline copy of other people's health data).
 * The session is an HttpOnly cookie; changes carry the CSRF token from sign-in. Every answer
 * is parsed with its schema from shared/responses: one that does not match is an error the
 * screen shows, never a silently wrong screen.
 */
export type { CoachNote, ParticipantRow, StaffMember, StaffUser };

export class StaffApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** Field-by-field problems from a 400, e.g. which item a wording file lacks. */
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(code);
  }
}

let csrfToken = '';

async function call<S extends z.ZodMiniType>(
  schema: S,
  path: string,
  init: RequestInit = {},
): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: {
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
      },
    });
  } catch {
    throw new StaffApiError(0, 'offline');
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => undefined);
  if (!res.ok) {
    const error = (body as { error?: { code?: string; details?: unknown } } | undefined)?.error;
    throw new StaffApiError(
      res.status,
      error?.code ?? 'failed',
      Array.isArray(error?.details) ? error.details : [],
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new StaffApiError(res.status, 'unexpected_response');
  return parsed.data;
}

/** An answer with no body (204). */
const nothing = z.null();

export const staffApi = {
  async signIn(email: string, password: string): Promise<StaffUser> {
    const r = await call(sessionResponseSchema, '/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    });
    csrfToken = r.csrfToken;
    return r.user;
  },
  /** Which ways in this installation offers: password, single sign-on, or both. */
  signInOptions: () => call(signInOptionsSchema, '/api/auth/options'),
  async me(): Promise<StaffUser | null> {
    try {
      const r = await call(sessionResponseSchema, '/api/auth/me');
      csrfToken = r.csrfToken;
      return r.user;
    } catch (error) {
      if (error instanceof StaffApiError && error.status === 401) return null;
      throw error;
    }
  },
  /** The server ended the session (a tablet was unlocked): forget its CSRF token here too. */
  forgetSession(): void {
    csrfToken = '';
  },
  async signOut(): Promise<void> {
    await call(nothing, '/api/auth/sign-out', { method: 'POST' });
    csrfToken = '';
  },
  participants: () =>
    call(participantsResponseSchema, '/api/participants').then((r) => r.participants),
  participant: (id: string) =>
    call(participantResponseSchema, `/api/participants/${encodeURIComponent(id)}`).then(
      (r) => r.participant,
    ),
  update: (id: string, change: Record<string, unknown>) =>
    call(participantResponseSchema, `/api/participants/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: JSON.stringify(change),
    }).then((r) => r.participant),
  setCoaches: (id: string, userIds: string[]) =>
    call(participantResponseSchema, `/api/participants/${encodeURIComponent(id)}/coaches`, {
      method: 'PUT',
      body: JSON.stringify({ userIds }),
    }).then((r) => r.participant),
  history: (id: string) =>
    call(historyResponseSchema, `/api/participants/${encodeURIComponent(id)}/history`).then(
      (r) => r.history,
    ),
  createParticipant: (input: Record<string, unknown>) =>
    call(participantResponseSchema, '/api/participants', {
      method: 'POST',
      body: JSON.stringify(input),
    }).then((r) => r.participant),
  invite: (id: string) =>
    call(invitationResponseSchema, `/api/participants/${encodeURIComponent(id)}/invitations`, {
      method: 'POST',
    }),
  devices: (id: string) =>
    call(devicesResponseSchema, `/api/participants/${encodeURIComponent(id)}/devices`).then(
      (r) => r.devices,
    ),
  revokeDevice: (id: string, deviceId: string) =>
    call(
      nothing,
      `/api/participants/${encodeURIComponent(id)}/devices/${encodeURIComponent(deviceId)}/revoke`,
      {
        method: 'POST',
      },
    ),
  team: () => call(teamInfoSchema, '/api/team'),
  organisationSettings: () =>
    call(settingsResponseSchema, '/api/organisation/settings').then((r) => r.settings),
  updateOrganisationGoal: (
    change: Pick<TeamSettings, 'goalExitReasons' | 'dropoutsInDenominator' | 'reportingYearStart'>,
  ) =>
    call(settingsResponseSchema, '/api/organisation/settings', {
      method: 'PATCH',
      body: JSON.stringify(change),
    }).then((r) => r.settings),
  organisationReport: (query: URLSearchParams) =>
    call(organisationReportSchema, `/api/organisation/report?${query}`),
  report: (query: URLSearchParams) => call(teamReportResponseSchema, `/api/reports/team?${query}`),
  coachNotes: (id: string) =>
    call(coachNotesResponseSchema, `/api/participants/${encodeURIComponent(id)}/coach-notes`).then(
      (r) => r.notes,
    ),
  addCoachNote: (id: string, note: CoachNoteInput) =>
    call(coachNoteResponseSchema, `/api/participants/${encodeURIComponent(id)}/coach-notes`, {
      method: 'POST',
      body: JSON.stringify(note),
    }).then((r) => r.note),
  expectedCourse: () => call(expectedCourseResponseSchema, '/api/team/expected-course'),
  acknowledgements: (id: string) =>
    call(
      acknowledgementsResponseSchema,
      `/api/participants/${encodeURIComponent(id)}/acknowledgements`,
    ).then((r) => r.acknowledgements),
  acknowledge: (id: string, input: AcknowledgeAlertInput) =>
    call(
      acknowledgementResponseSchema,
      `/api/participants/${encodeURIComponent(id)}/acknowledgements`,
      { method: 'POST', body: JSON.stringify(input) },
    ).then((r) => r.acknowledgement),
  statuses: (id: string) =>
    call(statusListSchema, `/api/participants/${encodeURIComponent(id)}/statuses`).then(
      (r) => r.statuses,
    ),
  recordStatus: (id: string, record: StatusRecord) =>
    call(statusListSchema, `/api/participants/${encodeURIComponent(id)}/statuses`, {
      method: 'PUT',
      body: JSON.stringify(record),
    }).then((r) => r.statuses),
  followUpConsent: (id: string, consent: boolean) =>
    call(participantResponseSchema, `/api/participants/${encodeURIComponent(id)}/follow-up`, {
      method: 'PUT',
      body: JSON.stringify({ consent }),
    }).then((r) => r.participant),
  /** A team's packs (`team`), or an organisation's for all its teams (`organisation`). */
  packs: (owner: 'team' | 'organisation') =>
    call(packListSchema, `/api/${owner}/questionnaires`).then((r) => r.packs),
  loadPack: (owner: 'team' | 'organisation', input: { pack: unknown; licence: Licence }) =>
    call(packListSchema, `/api/${owner}/questionnaires`, {
      method: 'PUT',
      body: JSON.stringify(input),
    }).then((r) => r.packs),
  retirePack: (owner: 'team' | 'organisation', packId: string) =>
    call(packListSchema, `/api/${owner}/questionnaires/${encodeURIComponent(packId)}`, {
      method: 'DELETE',
    }).then((r) => r.packs),
  users: () => call(usersResponseSchema, '/api/users').then((r) => r.users),
  extract: (id: string) =>
    call(participantExtractSchema, `/api/participants/${encodeURIComponent(id)}/extract`),
  erasures: () => call(erasuresResponseSchema, '/api/team/erasures'),
  checkImport: (csv: string) =>
    call(csvImportResponseSchema, '/api/team/import/check', {
      method: 'POST',
      body: JSON.stringify({ csv }),
    }),
  runImport: (csv: string) =>
    call(csvImportResponseSchema, '/api/team/import/run', {
      method: 'POST',
      body: JSON.stringify({ csv }),
    }),
  accessLog: (query: Record<string, string>) =>
    call(accessLogResponseSchema, `/api/team/access-log?${new URLSearchParams(query)}`),
  erase: (code: string, decisionRef: string) =>
    call(erasureResponseSchema, '/api/team/erasures', {
      method: 'POST',
      body: JSON.stringify({ code, decisionRef }),
    }).then((r) => r.erasure),
  linkIdentity: (id: string, identity: string | null) =>
    call(nothing, `/api/users/${encodeURIComponent(id)}/identity`, {
      method: 'PUT',
      body: JSON.stringify({ identity }),
    }),
  createUser: (input: { email: string; role: string; password: string }) =>
    call(userCreatedSchema, '/api/users', { method: 'POST', body: JSON.stringify(input) }),
  updateSettings: (change: Partial<TeamSettings>) =>
    call(settingsResponseSchema, '/api/team/settings', {
      method: 'PATCH',
      body: JSON.stringify(change),
    }).then((r) => r.settings),
  saveLicence: (licence: Licence) =>
    call(licenceResponseSchema, '/api/team/licence', {
      method: 'PUT',
      body: JSON.stringify(licence),
    }),
  /** The file's text goes as is: the server validates it and names what is wrong. */
  uploadWording: (language: string, json: string) =>
    call(wordingResponseSchema, `/api/team/wordings/${encodeURIComponent(language)}`, {
      method: 'PUT',
      body: json,
    }),
  removeWording: (language: string) =>
    call(nothing, `/api/team/wordings/${encodeURIComponent(language)}`, { method: 'DELETE' }),
  groups: () => call(groupsResponseSchema, '/api/groups').then((r) => r.groups),
  createGroup: (name: string, memberIds: string[]) =>
    call(groupResponseSchema, '/api/groups', {
      method: 'POST',
      body: JSON.stringify({ name, memberIds }),
    }),
  setGroupMembers: (groupId: string, memberIds: string[]) =>
    call(groupResponseSchema, `/api/groups/${encodeURIComponent(groupId)}/members`, {
      method: 'PUT',
      body: JSON.stringify({ memberIds }),
    }),
  unlockTablet: (groupId: string) =>
    call(tabletUnlockedSchema, `/api/groups/${encodeURIComponent(groupId)}/tablet`, {
      method: 'POST',
    }),
  startSession: (groupId: string) =>
    call(sessionStartedSchema, `/api/groups/${encodeURIComponent(groupId)}/sessions`, {
      method: 'POST',
    }).then((r) => r.session),
  sessionResult: (id: string) =>
    call(sessionResultSchema, `/api/group-sessions/${encodeURIComponent(id)}/result`),
  ratings: (id: string) =>
    call(ratingsResponseSchema, `/api/participants/${encodeURIComponent(id)}/ratings`).then(
      (r) => r.facts,
    ),
};
