import type { InstrumentDefinition } from '../shared/instruments/definition';
import type { GroupResult } from '../shared/responses/groups';
import type { RatingView } from './history';

/**
 * A group's GSRS result for a shared screen. Everyone in the room knows their own answer, so
 * the screen shows only means (never a lowest, highest or spread), nothing until 3 have
 * answered, and the means grow in steps of 3 answers: were a mean to move with each new
 * answer, the one who answered last could be read off the change (4 × new − 3 × old).
 * Each member counts once, with their first answer that was not withdrawn, so changing an
 * answer later does not move the mean either.
 */
export const GROUP_MIN_ANSWERS = 3;

export type { GroupResult };

const mean = (values: number[]) =>
  Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

export function groupResult(
  def: InstrumentDefinition,
  answers: readonly { participantId: string; view: RatingView }[],
  step = GROUP_MIN_ANSWERS,
): GroupResult {
  const first = new Map<string, RatingView>();
  for (const { participantId, view } of answers) {
    if (view.withdrawn || view.total === null) continue;
    const before = first.get(participantId);
    if (!before || view.rating.administeredAt < before.rating.administeredAt)
      first.set(participantId, view);
  }
  const inOrder = [...first.values()].sort((a, b) =>
    a.rating.administeredAt.localeCompare(b.rating.administeredAt),
  );
  const counted = inOrder.slice(0, Math.floor(inOrder.length / step) * step);
  if (counted.length === 0) return { answered: inOrder.length, counted: 0, shown: false };
  return {
    answered: inOrder.length,
    counted: counted.length,
    shown: true,
    items: def.items.map((item) => ({
      id: item.id,
      mean: mean(counted.map((v) => v.rating.values[item.id] ?? 0)),
    })),
    total: { mean: mean(counted.map((v) => v.total!)) },
  };
}
