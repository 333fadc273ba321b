import type { InstrumentDefinition } from '../shared/instruments/definition';
import type { RatingView } from './history';

/**
 * A group's GSRS result for a shared screen. Nothing is shown until at least 3 members have
 * answered, so no single rating can be read off the screen; each member's latest answer
 * counts once.
 */
export const GROUP_MIN_ANSWERS = 3;

export interface Spread {
  mean: number;
  min: number;
  max: number;
}

export type GroupResult =
  | { answered: number; shown: false }
  | { answered: number; shown: true; items: ({ id: string } & Spread)[]; total: Spread };

function spread(values: number[]): Spread {
  const sum = values.reduce((a, b) => a + b, 0);
  return {
    mean: Math.round((sum / values.length) * 10) / 10,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

export function groupResult(
  def: InstrumentDefinition,
  answers: readonly { participantId: string; view: RatingView }[],
  minAnswers = GROUP_MIN_ANSWERS,
): GroupResult {
  const latest = new Map<string, RatingView>();
  for (const { participantId, view } of answers) {
    if (view.withdrawn || view.total === null) continue;
    const before = latest.get(participantId);
    if (!before || before.rating.administeredAt < view.rating.administeredAt)
      latest.set(participantId, view);
  }
  const counted = [...latest.values()];
  if (counted.length < minAnswers) return { answered: counted.length, shown: false };
  return {
    answered: counted.length,
    shown: true,
    items: def.items.map((item) => ({
      id: item.id,
      ...spread(counted.map((v) => v.rating.values[item.id] ?? 0)),
    })),
    total: spread(counted.map((v) => v.total!)),
  };
}
