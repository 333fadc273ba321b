/**
 * Secondary suppression by Gaussian elimination, the method of Statistics Norway's
 * GaussSuppression (Langsrud): every cell is a sum over inner cells (here: groups of people
 * who fall in exactly the same cells), so what can be worked out from published cells is
 * exactly their linear span. Candidates are published one by one, in the order given (the
 * most wanted first); a candidate that would bring a protected cell into the span of what is
 * already published is hidden instead, and protected itself from then on, so no hidden
 * value — not even one hidden only to protect another — can be worked out by adding and
 * subtracting published ones.
 */

/** Relative size below which an eliminated value counts as zero. */
const TOLERANCE = 1e-9;

interface Pivot {
  at: number;
  vector: Float64Array;
}

export function dense(atoms: readonly number[], dimension: number): Float64Array {
  const v = new Float64Array(dimension);
  for (const a of atoms) v[a] = 1;
  return v;
}

function largest(v: Float64Array): { at: number; size: number } {
  let at = -1;
  let size = 0;
  for (let i = 0; i < v.length; i++) {
    const s = Math.abs(v[i]!);
    if (s > size) {
      size = s;
      at = i;
    }
  }
  return { at, size };
}

/** v − (v[at] / p[at]) · p, in place. */
function eliminate(v: Float64Array, p: Pivot) {
  const f = v[p.at]! / p.vector[p.at]!;
  if (f === 0) return;
  for (let i = 0; i < v.length; i++) v[i]! -= f * p.vector[i]!;
  v[p.at] = 0;
}

export const isZero = (v: Float64Array) => largest(v).size < TOLERANCE;

export interface GaussProblem {
  /** Number of inner cells. */
  dimension: number;
  /** Each cell as the inner cells it sums. */
  cells: readonly (readonly number[])[];
  /** Cells that must not be worked out: primary suppressions and cells already hidden. */
  protect: readonly number[];
  /** Cells that may be published, most wanted first. Protected cells are never candidates. */
  candidates: readonly number[];
}

export interface GaussResult {
  /** The candidates that must be hidden so that no protected cell, nor they, can be worked out. */
  hidden: Set<number>;
  /** A vector minus its part in the span of what is published: zero when it can be worked out. */
  residual(v: Float64Array): Float64Array;
}

export function gaussSuppression(problem: GaussProblem): GaussResult {
  const { dimension, cells } = problem;
  const basis: Pivot[] = [];
  // Protected cells, kept reduced against the basis: one that becomes zero is revealed.
  let guarded = problem.protect.map((c) => dense(cells[c]!, dimension)).filter((v) => !isZero(v)); // an empty cell is zero for anyone; nothing to protect
  const hidden = new Set<number>();

  for (const c of problem.candidates) {
    const v = dense(cells[c]!, dimension);
    for (const p of basis) eliminate(v, p);
    const { at, size } = largest(v);
    if (size < TOLERANCE) continue; // follows from what is published: publishing adds nothing
    const pivot = { at, vector: v };
    const after = guarded.map((g) => {
      const copy = Float64Array.from(g);
      eliminate(copy, pivot);
      return copy;
    });
    if (after.some(isZero)) {
      hidden.add(c);
      guarded.push(v);
    } else {
      basis.push(pivot);
      guarded = after;
    }
  }
  return {
    hidden,
    residual(v) {
      const r = Float64Array.from(v);
      for (const p of basis) eliminate(r, p);
      return r;
    },
  };
}
