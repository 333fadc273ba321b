/** Why the server refused a fact; the phone words each in the participant's language. */
export const REJECT_CODES = ['invalid_fact', 'future_date', 'conflict'] as const;
export type RejectCode = (typeof REJECT_CODES)[number];
export const isRejectCode = (code: string): code is RejectCode =>
  (REJECT_CODES as readonly string[]).includes(code);
