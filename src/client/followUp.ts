import type { QuestionnairePack } from '../shared/questionnaire';
import { addMonths } from '../domain/calendar';
import type { PhoneFollowUp } from '../shared/labourStatus';
import type { Fact, FollowUpEndFact, FollowUpFact } from '../shared/rating';
import { newId } from './newFacts';

/** Where the phone's follow-up stands, from the plan the server gave and the facts it holds. */
export type FollowUpState =
  | { kind: 'none' }
  | { kind: 'due'; months: number }
  | { kind: 'waiting'; months: number; date: string }
  | { kind: 'ended' };

export function followUpState(
  plan: PhoneFollowUp,
  facts: readonly Fact[],
  today: string,
): FollowUpState {
  const answered = new Set(
    facts.flatMap((f) => (f.type === 'followUp' ? [f.months as number] : [])),
  );
  const touched = facts.some((f) => f.type === 'followUp' || f.type === 'followUpEnd');
  if (facts.some((f) => f.type === 'followUpEnd')) return { kind: 'ended' };
  // No plan: never agreed, or the server has ended it (then this phone answered before).
  if (!plan) return touched ? { kind: 'ended' } : { kind: 'none' };
  const open = [...plan.months].sort((a, b) => a - b).filter((m) => !answered.has(m));
  if (open.length === 0) return { kind: 'ended' };
  const first = open[0]!;
  const date = addMonths(plan.exitDate, first);
  return date <= today ? { kind: 'due', months: first } : { kind: 'waiting', months: first, date };
}

export const newFollowUpAnswer = (
  answer: Pick<FollowUpFact, 'months' | 'status' | 'income'>,
  now = new Date(),
): FollowUpFact => ({ type: 'followUp', id: newId(), at: now.toISOString(), ...answer });

export const newFollowUpEnd = (now = new Date()): FollowUpEndFact => ({
  type: 'followUpEnd',
  id: newId(),
  at: now.toISOString(),
});

/**
 * The questionnaires to offer after exit: an exit pack once, a follow-up pack once for each
 * follow-up answered so far.
 */
export function packsAfterExit(packs: readonly QuestionnairePack[], facts: readonly Fact[]) {
  const given = (id: string, moment: string) =>
    facts.filter((f) => f.type === 'questionnaire' && f.packId === id && f.moment === moment)
      .length;
  const followUps = facts.filter((f) => f.type === 'followUp').length;
  return packs.flatMap((p) => [
    ...(p.moments.includes('exit') && given(p.id, 'exit') === 0
      ? [{ pack: p, moment: 'exit' as const }]
      : []),
    ...(p.moments.includes('followup') && given(p.id, 'followup') < followUps
      ? [{ pack: p, moment: 'followup' as const }]
      : []),
  ]);
}
