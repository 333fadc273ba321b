/** How staff screens name a participant: the code, and the team-only name beside it. */
export const participantLabel = (p: { code: string; displayName: string | null }) =>
  p.displayName ? `${p.code} (${p.displayName})` : p.code;
