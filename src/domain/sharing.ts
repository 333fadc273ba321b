import type { Fact } from '../shared/rating';

/**
 * What staff may read of a participant's facts: everything but the notes the participant
 * kept to themselves. The participant's own devices get every fact.
 */
export function visibleToStaff(fact: Fact): Fact | null {
  if (fact.type === 'note') return fact.shared ? fact : null;
  if (fact.type === 'rating' && fact.note && !fact.noteShared) {
    const { note: _private, ...rest } = fact;
    return rest;
  }
  return fact;
}
