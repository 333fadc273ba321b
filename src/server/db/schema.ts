import type { ColumnType, Generated } from 'kysely';

/**
 * The server's tables, the same on SQLite and PostgreSQL. Times are ISO-8601 UTC strings
 * and dates YYYY-MM-DD, so both databases compare them the same way.
 */
export interface Database {
  teams: {
    id: string;
    name: string;
    created_at: string;
    /** 'team', or 'organisation' (a Samordningsförbund): its users see its teams' aggregates. */
    kind: ColumnType<string, string | undefined, string>;
  };
  organisation_teams: { organisation_id: string; team_id: string };
  users: {
    id: string;
    team_id: string;
    email: string;
    role: 'admin' | 'coach' | 'organisation';
    password_hash: string;
    created_at: string;
    /** The person at the identity provider (the configured claim's value), when linked. */
    identity: ColumnType<string | null, string | null | undefined, string | null>;
  };
  staff_sessions: {
    id_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: string;
    last_seen_at: string;
  };
  participants: {
    id: string;
    team_id: string;
    code: string;
    display_name: string | null;
    gender: string;
    birth_year: number;
    intake_date: string;
    exit_date: string | null;
    exit_reason: string | null;
    referrer: string | null;
    support: string | null;
    exit_note: string | null;
    created_at: string;
    /** Years in public support at intake, when recorded. */
    years_in_support: ColumnType<number | null, number | null | undefined, number | null>;
    /** When the participant agreed, at exit, to follow-up questions on the phone. */
    follow_up_consent_at: ColumnType<string | null, string | null | undefined, string | null>;
    /** When that follow-up ended: the last one answered, or consent withdrawn. */
    follow_up_ended_at: ColumnType<string | null, string | null | undefined, string | null>;
  };
  participant_history: {
    id: Generated<number>;
    participant_id: string;
    changed_at: string;
    user_id: string;
    /** JSON: { field: [before, after] } */
    changes: string;
  };
  invitations: {
    id: string;
    participant_id: string;
    code_hash: string;
    expires_at: string;
    used_at: string | null;
    created_by: string;
    created_at: string;
  };
  devices: {
    id: string;
    participant_id: string;
    token_hash: string;
    label: string | null;
    created_at: string;
    last_seen_at: string | null;
    revoked_at: string | null;
  };
  facts: {
    /** Server order, the pull cursor. */
    seq: Generated<number>;
    participant_id: string;
    id: string;
    type: string;
    instrument: string | null;
    /** When the participant made it (rating) or when it happened (withdrawal, note). */
    occurred_at: string;
    total: number | null;
    provenance: string | null;
    body: string;
    device_id: string | null;
    received_at: string;
    group_session: string | null;
  };
  groups: { id: string; team_id: string; name: string; created_at: string };
  group_members: { group_id: string; participant_id: string };
  group_sessions: {
    id: string;
    group_id: string;
    team_id: string;
    code: string;
    held_on: string;
    created_at: string;
  };
  team_settings: {
    team_id: string;
    /** JSON, a subset of TeamSettings merged over the defaults when read. */
    settings: string;
    /** JSON Licence, or null until recorded. */
    licence: string | null;
    updated_at: string;
    updated_by: string;
  };
  team_wordings: {
    team_id: string;
    language: string;
    /** The validated wording file, as JSON. */
    body: string;
    uploaded_at: string;
    uploaded_by: string;
  };
  alert_acknowledgements: {
    id: string;
    participant_id: string;
    alert_id: string;
    rating_id: string;
    note: string;
    user_id: string;
    at: string;
  };
  participant_coaches: { participant_id: string; user_id: string };
  /** Questionnaire packs a team, or its organisation for all its teams, has loaded. */
  questionnaire_packs: {
    owner_id: string;
    pack_id: string;
    /** The validated pack file, as JSON. */
    body: string;
    /** The licence basis it is used on, as JSON. */
    licence: string;
    loaded_at: string;
    loaded_by: string;
    retired_at: string | null;
  };
  /** The coach list's summary per participant, kept while its basis holds (storedSummaries). */
  participant_summaries: { participant_id: string; basis: string; summary: string };
  /** The team's own expected course, kept while its basis holds. */
  team_courses: { team_id: string; basis: string; course: string };
  /** Labour-market status at intake, exit and each follow-up (one row per moment). */
  labour_statuses: {
    participant_id: string;
    moment: string;
    months: number;
    status: string;
    income: string;
    recorded_on: string;
    recorded_by: string;
    user_id: string | null;
    updated_at: string;
  };
  coach_notes: {
    id: string;
    participant_id: string;
    user_id: string;
    session_date: string;
    text: string;
    created_at: string;
  };
  tablets: {
    id: string;
    team_id: string;
    group_id: string;
    token_hash: string;
    created_by: string;
    created_at: string;
    expires_at: string;
    locked_at: string | null;
  };
  limit_counters: {
    key: string;
    count: number;
    window_start: string;
    blocked_until: string | null;
  };
  oidc_logins: { state: string; verifier: string; nonce: string; created_at: string };
  erasures: {
    id: string;
    team_id: string;
    /** sha256 of team id and code: answers "was this code erased?" without keeping the code. */
    code_hash: string;
    decision_ref: string;
    /** The admin's user id, or `cli` for the command line. */
    decided_by: string;
    erased_at: string;
    /** JSON counts of what was removed: ratings, notes, devices … */
    removed: string;
  };
  access_log: {
    id: Generated<number>;
    at: string;
    user_id: string;
    participant_id: string;
    action: string;
  };
}

export type Timestamp = ColumnType<string, string, string>;
