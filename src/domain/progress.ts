import type { InstrumentDefinition } from '../shared/instruments/definition';
import type { RatingView } from './history';
import { series } from './history';
import { clinicalCutoff } from './thresholds';

/**
 * What a progress chart draws for one instrument: one line for the total where totals mean
 * something, otherwise one line per item (the scaling question has one item).
 */
export interface ProgressLine {
  /** 'total' or an item id. */
  key: string;
  values: number[];
}

export interface ProgressChart {
  views: RatingView[];
  lines: ProgressLine[];
  max: number;
  /** The participant's soft reference line (the ORS cutoff), when the team shows one. */
  reference?: number;
}

export function progressChart(
  all: readonly RatingView[],
  def: InstrumentDefinition,
  options: { showReference: boolean; age?: number },
): ProgressChart {
  const views = series(all, def.id);
  const lines: ProgressLine[] = def.total
    ? [{ key: 'total', values: views.map((v) => v.total ?? 0) }]
    : def.items.map((item) => ({
        key: item.id,
        values: views.map((v) => v.rating.values[item.id] ?? 0),
      }));
  const max = def.total ? def.items.length * def.response.max : def.response.max;
  const reference =
    def.id === 'ors' && options.showReference ? clinicalCutoff(def, options.age) : undefined;
  return reference === undefined ? { views, lines, max } : { views, lines, max, reference };
}
