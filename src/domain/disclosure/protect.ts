import type { CohortParticipant } from '../report/cohort';
import { auditMarks } from './audit';
import { gaussSuppression } from './gauss';
import { isFew } from './marks';
import {
  buildSlots,
  countCells,
  innerCells,
  layerCells,
  publishOrder,
  underSmallWholes,
  vectors,
  type BlockEntity,
  type ModelCell,
  type ReportingYear,
  type Slot,
} from './model';
import { LAYER_NEEDS, type SumLayer } from './rules';

/**
 * What an outside audience sees of a count: the number; `<5` (1–4 people); or `..`, hidden
 * so that nothing hidden can be worked out, which may be any number (a 1–4 cell shows `..`
 * too where saying "1–4" would pin it or its neighbours down).
 */
export type CellStatus = 'shown' | 'few' | 'protected';

export interface Protection {
  slots: Slot[];
  /** Status of each count cell, by `slot|cell`. */
  counts: Map<string, CellStatus>;
  /** Whether each sum layer's mean is shown, by `layer|slot|cell`. */
  means: Map<string, boolean>;
}

const LAYERS: readonly SumLayer[] = ['age', 'months', 'ors', 'orsSpread'];
const key = (c: ModelCell) => `${c.slot}|${c.name}`;

/**
 * Decides every figure of every report that leaves the team for one reporting year:
 * primary suppression (1–4 people), secondary suppression by Gaussian elimination so that
 * nothing hidden follows from what is shown, then the audit of what the `<5` marks add
 * (audit.ts); a `<5` that would let a hidden value be pinned down becomes `..`.
 */
export function protect(
  people: readonly CohortParticipant[],
  entities: readonly BlockEntity[],
  year: ReportingYear,
): Protection {
  const slots = buildSlots(people, entities, year);
  const cells = countCells(slots);
  const n = (i: number) => cells[i]!.members.length;
  const { dimension, atomOf } = innerCells(cells);
  const cellVectors = vectors(cells, atomOf);
  const under = underSmallWholes(slots, cells);
  const few = cells.flatMap((_, i) => (isFew(n(i)) ? [i] : []));
  // Parts of a small whole are hidden and, where anyone is in them, protected like a small cell.
  const guarded = [...new Set([...few, ...[...under].filter((i) => n(i) > 0)])];
  const candidates = cells.flatMap((c, i) => (!c.rest && !isFew(n(i)) && !under.has(i) ? [i] : []));
  const gauss = gaussSuppression({
    dimension,
    cells: cellVectors,
    protect: guarded,
    candidates: publishOrder(slots, cells, candidates),
  });
  const hidden = new Set([
    ...few,
    ...gauss.hidden,
    ...under,
    ...cells.flatMap((c, i) => (c.rest ? [i] : [])),
  ]);
  const sayFew = new Set(few.filter((i) => !under.has(i) && !cells[i]!.rest));
  auditMarks(
    {
      dimension,
      cells: cellVectors,
      size: n,
      published: cells.flatMap((_, i) => (hidden.has(i) ? [] : [i])),
      hidden,
      sayFew,
    },
    gauss,
  );

  const counts = new Map<string, CellStatus>();
  cells.forEach((c, i) => {
    if (!c.rest) counts.set(key(c), !hidden.has(i) ? 'shown' : sayFew.has(i) ? 'few' : 'protected');
  });
  return { slots, counts, means: protectMeans(slots, counts) };
}

/**
 * The sum layers: a mean is shown only where its count is, and where no hidden mean could be
 * worked out from the shown ones (the same elimination, over each measure's sums).
 */
function protectMeans(slots: readonly Slot[], counts: Map<string, CellStatus>) {
  const means = new Map<string, boolean>();
  for (const layer of LAYERS) {
    const lc = layerCells(slots, layer);
    const { dimension, atomOf } = innerCells(lc);
    const size = (i: number) => lc[i]!.members.length;
    const needs = LAYER_NEEDS[layer];
    const publishable = (i: number) =>
      !lc[i]!.rest &&
      size(i) >= 5 &&
      counts.get(key(lc[i]!)) === 'shown' &&
      (!needs || means.get(`${needs}|${key(lc[i]!)}`) === true);
    const { hidden } = gaussSuppression({
      dimension,
      cells: vectors(lc, atomOf),
      protect: lc.flatMap((_, i) => (isFew(size(i)) ? [i] : [])),
      candidates: publishOrder(
        slots,
        lc,
        lc.flatMap((_, i) => (publishable(i) ? [i] : [])),
      ),
    });
    lc.forEach((c, i) => {
      if (!c.rest) means.set(`${layer}|${key(c)}`, publishable(i) && !hidden.has(i));
    });
  }
  return means;
}
