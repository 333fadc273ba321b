import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { PASSWORD_MIN_LENGTH } from '../../shared/staff';

/**
 * A password must be long and hard to guess. Length alone lets `aaaaaaaaaaaa` through, so
 * zxcvbn estimates how many guesses it would take (common passwords, keyboard walks,
 * repeats, the person's own e-mail) and a score of 3 of 4 is needed: about 10^8 guesses,
 * safely beyond online guessing with the sign-in limits.
 */
// Loaded when a password is first checked: its dictionaries take some 40 MB, which a
// server that mostly takes phones' ratings need not hold from the start.
let estimator: Promise<ZxcvbnFactory> | undefined;
const estimate = () =>
  (estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
  ]).then(
    ([core, common]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary },
        graphs: common.adjacencyGraphs,
      }),
  ));
export const PASSWORD_MIN_SCORE = 3;

export class WeakPasswordError extends Error {}

/** Why a password is refused, in words for the admin, or null when it is good enough. */
export async function passwordProblem(
  password: string,
  personal: readonly string[] = [],
): Promise<string | null> {
  if (password.length < PASSWORD_MIN_LENGTH)
    return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  const lower = password.toLowerCase();
  // The whole address, and its part before the @ (the name people reuse) when it is long
  // enough to be more than a coincidence.
  const own = personal.flatMap((p) => [p, p.split('@')[0] ?? '']).filter((p) => p.length >= 4);
  if (own.some((p) => lower.includes(p.toLowerCase())))
    return 'The password must not contain the e-mail address.';
  const words = personal.flatMap((p) => p.toLowerCase().split(/[@.\-_\s]+/)).filter(Boolean);
  const result = (await estimate()).check(password, words);
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  return 'The password is too easy to guess: use a few unrelated words, or a longer phrase.';
}
