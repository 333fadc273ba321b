import { useEffect, useState } from 'preact/hooks';
import type { WordingFile } from '../../shared/instruments/wording';
import type { Licence, TeamSettings } from '../../shared/team';
import { staffApi } from './api';

export interface TeamInfo {
  team: { id: string; name: string };
  settings: TeamSettings;
  licence: Licence | null;
  wordings: WordingFile[];
  /** Whose reporting year the team's outside reports follow: its organisation's, or its own. */
  reporting: { organisation: { id: string; name: string } | null; yearStart: 1 | 7 };
  /** The team's coaches and admins, who can be responsible for a participant. */
  coaches?: { id: string; email: string }[];
}

let cached: Promise<TeamInfo> | null = null;

/** The team's settings and wording, fetched once per page and again after a change. */
export function loadTeam(fresh = false): Promise<TeamInfo> {
  if (!cached || fresh) {
    cached = staffApi.team();
    cached.catch(() => (cached = null));
  }
  return cached;
}

export function forgetTeam(): void {
  cached = null;
}

export function useTeam(): { team: TeamInfo | null; failed: boolean; reload(): void } {
  const [team, setTeam] = useState<TeamInfo | null>(null);
  const [failed, setFailed] = useState(false);
  const load = (fresh: boolean) => loadTeam(fresh).then(setTeam, () => setFailed(true));
  useEffect(() => void load(false), []);
  return { team, failed, reload: () => void load(true) };
}
