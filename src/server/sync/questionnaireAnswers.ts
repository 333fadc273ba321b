import type { QuestionnairePack } from '../../shared/questionnaire';
import type { QuestionnaireFact } from '../../shared/rating';
import type { Store } from '../db/connect';
import { packsFor } from '../questionnaires/packs';
import type { IngestSource } from './ingest';

/** The packs a batch answers that the participant's team asks (only read when needed). */
export async function packsAsked(
  store: Store,
  source: IngestSource,
  items: readonly unknown[],
): Promise<Map<string, QuestionnairePack>> {
  const needed = items.some((i) => (i as { type?: unknown })?.type === 'questionnaire');
  if (!needed || !source.teamId) return new Map();
  const loaded = await packsFor(store, source.teamId);
  return new Map(loaded.map((l) => [l.pack.id, l.pack]));
}

/**
 * Why answers do not fit their pack, or null: the pack is asked at that moment, on this phone
 * (ongoing while active; exit and follow-up after exit, with consent), and every answer is one
 * of its question's options.
 */
export function answerProblem(
  fact: QuestionnaireFact,
  packs: Map<string, QuestionnairePack>,
  source: IngestSource,
): string | null {
  const pack = packs.get(fact.packId);
  if (!pack) return 'no such questionnaire is asked in this team';
  if (!pack.moments.includes(fact.moment))
    return `this questionnaire is not asked at ${fact.moment}`;
  if ((fact.moment === 'ongoing') === Boolean(source.followUpOnly))
    return source.followUpOnly
      ? 'after exit only the exit and follow-up questionnaires are asked'
      : 'the exit and follow-up questionnaires come after exit';
  const entries = Object.entries(fact.answers);
  if (entries.length === 0) return 'no answers';
  for (const [question, value] of entries) {
    const q = pack.questions.find((x) => x.id === question);
    if (!q) return `no question ${question}`;
    if (!q.options.some((o) => o.value === value)) return `${question}: ${value} is not an option`;
  }
  return null;
}
