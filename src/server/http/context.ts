import type { Config } from '../config';
import type { Store } from '../db/connect';
import type { RateLimiter } from '../auth/rateLimit';

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
  /** Sign-in per e-mail (guessing one account) and per address (an office shares one). */
  limits: { signInEmail: RateLimiter; signInAddress: RateLimiter; redeem: RateLimiter };
}

export interface AppEnv {
  Variables: { staff: StaffUser; device: DeviceAuth; tablet: TabletAuth };
}
