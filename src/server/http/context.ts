import type { Config } from '../config';
import type { Store } from '../db/connect';
import type { Logger } from 'pino';
import type { Limits } from '../auth/limits';

export interface StaffUser {
  id: string;
  teamId: string;
  email: string;
  role: 'admin' | 'coach' | 'organisation';
  csrfToken: string;
  sessionHash: string;
}

export interface DeviceAuth {
  id: string;
  lastSeenAt: string | null;
  participantId: string;
  teamId: string;
  /** The participant has exited: the phone may only answer follow-ups (with consent). */
  followUpOnly: boolean;
}

export interface TabletAuth {
  id: string;
  teamId: string;
  groupId: string;
  expiresAt: string;
}

export interface Deps {
  store: Store;
  config: Config;
  now: () => Date;
  /** Attempt limits, in the database (see auth/limits). */
  limits: Limits;
  /** Structured logs: events and ids only, never health data, names, notes or tokens. */
  log: Logger;
  /** Set while the server shuts down: answers say `Connection: close`, readiness says no. */
  lifecycle: { draining: boolean };
}

export interface AppEnv {
  Variables: { staff: StaffUser; device: DeviceAuth; tablet: TabletAuth; log: Logger };
}
