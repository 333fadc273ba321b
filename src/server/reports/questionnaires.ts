import type { Period } from '../../shared/report';
import type { QuestionnaireFact } from '../../shared/rating';
import type { QuestionnaireTable } from '../../shared/questionnaire';
import { localDay } from '../../domain/localDay';
import type { Store } from '../db/connect';
import { packsFor } from '../questionnaires/packs';

const dayShift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString();

/**
 * Each pack's answers in the period, per question as a distribution over its options: for
 * the team's own report only (outside the team they are not shown). A participant who
 * answered a pack more than once counts with each answer.
 */
export async function questionnaireTables(
  store: Store,
  teamId: string,
  period: Period,
): Promise<QuestionnaireTable[]> {
  const packs = await packsFor(store, teamId, true);
  if (packs.length === 0) return [];
  const rows = await store.db
    .selectFrom('facts')
    .innerJoin('participants', 'participants.id', 'facts.participant_id')
    .select(['facts.body'])
    .where('participants.team_id', '=', teamId)
    .where('facts.type', '=', 'questionnaire')
    // A day's margin each side in SQL (the local day is decided below), as loadCohort does.
    .where('facts.occurred_at', '>=', dayShift(period.from, -1))
    .where('facts.occurred_at', '<', dayShift(period.to, 2))
    .execute();
  const facts = rows
    .map((r) => JSON.parse(r.body) as QuestionnaireFact)
    .filter((f) => {
      const day = localDay(f.at);
      return day >= period.from && day <= period.to;
    });
  return packs.flatMap(({ pack }) => {
    const own = facts.filter((f) => f.packId === pack.id);
    if (own.length === 0) return [];
    return [
      {
        packId: pack.id,
        title: pack.title,
        answers: own.length,
        questions: pack.questions.map((q) => {
          const given = own.flatMap((f) => (q.id in f.answers ? [f.answers[q.id]!] : []));
          return {
            id: q.id,
            text: q.text,
            n: given.length,
            options: q.options.map((o) => ({
              value: o.value,
              label: o.label,
              count: given.filter((v) => v === o.value).length,
            })),
          };
        }),
      },
    ];
  });
}
