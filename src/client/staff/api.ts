import type { ParticipantSummary } from '../../domain/participantSummary';
import type { GroupResult } from '../../domain/groupResult';
import type { Fact } from '../../shared/rating';
import type { CoachNoteInput } from '../../shared/participant';
import type { WordingFile } from '../../shared/instruments/wording';
import type { Licence, TeamSettings } from '../../shared/team';
import type { TeamInfo } from './team';
import type { OrganisationView, ReportView } from '../../domain/disclosure/publish';
import type { TabletCredential } from '../storage/tabletStore';

/**
 * The staff side talks to the server only (no offline copy of other people's health data).
 * The session is an HttpOnly cookie; changes carry the CSRF token from sign-in.
 */
export interface StaffUser {
  id: string;
  email: string;
  role: 'admin' | 'coach' | 'organisation';
  teamId: string;
}

export interface ParticipantRow {
  id: string;
  code: string;
  displayName: string | null;
  gender: string;
  birthYear: number;
  intakeDate: string;
  exitDate: string | null;
  exitReason: string | null;
  exitNote?: string | null;
  summary?: ParticipantSummary;
}

export interface StaffMember {
  id: string;
  email: string;
  role: 'admin' | 'coach';
  createdAt: string;
}

export interface CoachNote {
  id: string;
  sessionDate: string;
  text: string;
  createdAt: string;
  by: string | null;
}

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

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
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
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => ({}))) as {
    error?: { code: string; details?: unknown };
  };
  if (!res.ok)
    throw new StaffApiError(
      res.status,
      body.error?.code ?? 'failed',
      Array.isArray(body.error?.details) ? body.error.details : [],
    );
  return body as T;
}

export const staffApi = {
  async signIn(email: string, password: string): Promise<StaffUser> {
    const r = await call<{ user: StaffUser; csrfToken: string }>('/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    });
    csrfToken = r.csrfToken;
    return r.user;
  },
  async me(): Promise<StaffUser | null> {
    try {
      const r = await call<{ user: StaffUser; csrfToken: string }>('/api/auth/me');
      csrfToken = r.csrfToken;
      return r.user;
    } catch (error) {
      if (error instanceof StaffApiError && error.status === 401) return null;
      throw error;
    }
  },
  async signOut(): Promise<void> {
    await call('/api/auth/sign-out', { method: 'POST' });
    csrfToken = '';
  },
  participants: () =>
    call<{ participants: ParticipantRow[] }>('/api/participants').then((r) => r.participants),
  participant: (id: string) =>
    call<{ participant: ParticipantRow }>(`/api/participants/${encodeURIComponent(id)}`).then(
      (r) => r.participant,
    ),
  update: (id: string, change: Record<string, unknown>) =>
    call<{ participant: ParticipantRow }>(`/api/participants/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: JSON.stringify(change),
    }).then((r) => r.participant),
  history: (id: string) =>
    call<{
      history: {
        changedAt: string;
        by: string | null;
        changes: Record<string, [unknown, unknown]>;
      }[];
    }>(`/api/participants/${encodeURIComponent(id)}/history`).then((r) => r.history),
  createParticipant: (input: Record<string, unknown>) =>
    call<{ participant: ParticipantRow }>('/api/participants', {
      method: 'POST',
      body: JSON.stringify(input),
    }).then((r) => r.participant),
  invite: (id: string) =>
    call<{ shortCode: string; link: string; qrSvg: string; expiresAt: string }>(
      `/api/participants/${encodeURIComponent(id)}/invitations`,
      { method: 'POST' },
    ),
  devices: (id: string) =>
    call<{
      devices: {
        id: string;
        label: string | null;
        createdAt: string;
        lastSeenAt: string | null;
        revokedAt: string | null;
      }[];
    }>(`/api/participants/${encodeURIComponent(id)}/devices`).then((r) => r.devices),
  revokeDevice: (id: string, deviceId: string) =>
    call<void>(
      `/api/participants/${encodeURIComponent(id)}/devices/${encodeURIComponent(deviceId)}/revoke`,
      {
        method: 'POST',
      },
    ),
  team: () => call<TeamInfo>('/api/team'),
  organisationSettings: () =>
    call<{ settings: TeamSettings }>('/api/federation/settings').then((r) => r.settings),
  updateOrganisationGoal: (
    change: Pick<TeamSettings, 'goalExitReasons' | 'dropoutsInDenominator' | 'reportingYearStart'>,
  ) =>
    call<{ settings: TeamSettings }>('/api/federation/settings', {
      method: 'PATCH',
      body: JSON.stringify(change),
    }).then((r) => r.settings),
  federation: (query: URLSearchParams) => call<OrganisationView>(`/api/federation/report?${query}`),
  report: (query: URLSearchParams) => call<ReportView>(`/api/reports/team?${query}`),
  coachNotes: (id: string) =>
    call<{ notes: CoachNote[] }>(`/api/participants/${encodeURIComponent(id)}/coach-notes`).then(
      (r) => r.notes,
    ),
  addCoachNote: (id: string, note: CoachNoteInput) =>
    call<{ note: CoachNote }>(`/api/participants/${encodeURIComponent(id)}/coach-notes`, {
      method: 'POST',
      body: JSON.stringify(note),
    }).then((r) => r.note),
  users: () => call<{ users: StaffMember[] }>('/api/users').then((r) => r.users),
  createUser: (input: { email: string; role: string; password: string }) =>
    call<{ user: { id: string } }>('/api/users', { method: 'POST', body: JSON.stringify(input) }),
  updateSettings: (change: Partial<TeamSettings>) =>
    call<{ settings: TeamSettings }>('/api/team/settings', {
      method: 'PATCH',
      body: JSON.stringify(change),
    }).then((r) => r.settings),
  saveLicence: (licence: Licence) =>
    call<{ licence: Licence }>('/api/team/licence', {
      method: 'PUT',
      body: JSON.stringify(licence),
    }),
  /** The file's text goes as is: the server validates it and names what is wrong. */
  uploadWording: (language: string, json: string) =>
    call<{ wording: WordingFile }>(`/api/team/wordings/${encodeURIComponent(language)}`, {
      method: 'PUT',
      body: json,
    }),
  removeWording: (language: string) =>
    call<void>(`/api/team/wordings/${encodeURIComponent(language)}`, { method: 'DELETE' }),
  groups: () =>
    call<{ groups: { id: string; name: string; memberIds: string[] }[] }>('/api/groups').then(
      (r) => r.groups,
    ),
  createGroup: (name: string, memberIds: string[]) =>
    call<{ group: { id: string } }>('/api/groups', {
      method: 'POST',
      body: JSON.stringify({ name, memberIds }),
    }),
  setGroupMembers: (groupId: string, memberIds: string[]) =>
    call<{ group: { id: string } }>(`/api/groups/${encodeURIComponent(groupId)}/members`, {
      method: 'PUT',
      body: JSON.stringify({ memberIds }),
    }),
  unlockTablet: (groupId: string) =>
    call<TabletCredential>(`/api/groups/${encodeURIComponent(groupId)}/tablet`, {
      method: 'POST',
    }),
  startSession: (groupId: string) =>
    call<{ session: { id: string; code: string } }>(
      `/api/groups/${encodeURIComponent(groupId)}/sessions`,
      {
        method: 'POST',
      },
    ).then((r) => r.session),
  sessionResult: (id: string) =>
    call<{
      session: { id: string; code: string; heldOn: string; groupName: string; members: number };
      result: GroupResult;
    }>(`/api/group-sessions/${encodeURIComponent(id)}/result`),
  ratings: (id: string) =>
    call<{ facts: Fact[] }>(`/api/participants/${encodeURIComponent(id)}/ratings`).then(
      (r) => r.facts,
    ),
};
