/**
 * Short codes people type (joining a team, a group session), without zod: the rating form
 * checks a session code as it is typed, and its chunk should not bring zod along (zod
 * loads with the first save). The schemas in protocol.ts and rating.ts use these.
 */

/** A group session's code: six letters and digits that cannot be mistaken for each other. */
export const GROUP_SESSION_CODE = /^[A-HJ-NP-Z2-9]{6}$/;

/** What a person typed, as the code is stored: upper case, no spaces or dashes. */
export function normalizeShortCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
