import { dense, isZero, type GaussResult } from './gauss';

/**
 * The audit after suppression: what the marks add. The elimination guarantees that no hidden
 * cell follows from the published ones by adding and subtracting; but a `<5` also says 1–4,
 * so two `<5` cells whose sum is known to be 8 are 4 and 4, and a `<5` that with a hidden
 * empty cell adds up to 1 is 1.
 *
 * A hidden value can be pinned by the marks only if it is at the edge of what they allow (a
 * `<5` that is 1 or 4; an empty hidden cell, at 0). So the test is linear and sure: every
 * hidden cell with people in it must stay undetermined even if an outsider knew every value
 * at such an edge, and each `<5` at an edge must stay undetermined by the others. Where that
 * fails, the `<5` marks involved become `..`, which says nothing about the value.
 */
export interface MarkAudit {
  dimension: number;
  cells: readonly (readonly number[])[];
  size(cell: number): number;
  published: readonly number[];
  hidden: ReadonlySet<number>;
  /** Hidden cells that show `<5`; the audit removes those it must. */
  sayFew: Set<number>;
}

/** Cells (of `among`) whose residual is a combination of the others' residuals. */
function dependent(among: readonly number[], residuals: Map<number, Float64Array>): Set<number> {
  const dim = residuals.values().next().value?.length ?? 0;
  // Elimination that remembers, for each reduced vector, which original cells it mixes.
  const basis: { at: number; v: Float64Array; mix: Map<number, number> }[] = [];
  const out = new Set<number>();
  for (const c of among) {
    const v = Float64Array.from(residuals.get(c)!);
    const mix = new Map<number, number>([[c, 1]]);
    for (const b of basis) {
      const f = v[b.at]! / b.v[b.at]!;
      if (f === 0) continue;
      for (let i = 0; i < dim; i++) v[i]! -= f * b.v[i]!;
      for (const [k, w] of b.mix) mix.set(k, (mix.get(k) ?? 0) - f * w);
    }
    if (isZero(v)) {
      for (const [k, w] of mix) if (Math.abs(w) > 1e-9) out.add(k);
      continue;
    }
    let at = 0;
    for (let i = 1; i < dim; i++) if (Math.abs(v[i]!) > Math.abs(v[at]!)) at = i;
    basis.push({ at, v, mix });
  }
  return out;
}

/** An elimination basis over residuals, to reduce further vectors against. */
function basisOf(vectors: readonly Float64Array[]) {
  const basis: { at: number; v: Float64Array }[] = [];
  const reduce = (x: Float64Array) => {
    const r = Float64Array.from(x);
    for (const b of basis) {
      const f = r[b.at]! / b.v[b.at]!;
      if (f !== 0) for (let i = 0; i < r.length; i++) r[i]! -= f * b.v[i]!;
    }
    return r;
  };
  for (const v of vectors) {
    const r = reduce(v);
    if (isZero(r)) continue;
    let at = 0;
    for (let i = 1; i < r.length; i++) if (Math.abs(r[i]!) > Math.abs(r[at]!)) at = i;
    basis.push({ at, v: r });
  }
  return reduce;
}

export function auditMarks(a: MarkAudit, published: GaussResult) {
  const residual = new Map<number, Float64Array>();
  for (const c of a.hidden) residual.set(c, published.residual(dense(a.cells[c]!, a.dimension)));
  const keyOf = (c: number) => [...residual.get(c)!].map((x) => x.toFixed(6)).join(',');
  const key = new Map([...a.hidden].map((c) => [c, keyOf(c)]));
  for (;;) {
    const atEdge = [...a.hidden].filter(
      (c) => a.size(c) === 0 || (a.sayFew.has(c) && (a.size(c) === 1 || a.size(c) === 4)),
    );
    const loosen = new Set<number>();
    // A `<5` at an edge that the other edge values would give away. Cells of the very same
    // people at the same edge move together (two `<5` that are one 1 pin nothing), so they
    // count once.
    const side = (c: number) => (a.size(c) === 4 ? 'high' : 'low');
    const groups = new Map<string, number[]>();
    for (const c of atEdge) {
      const k = `${side(c)}|${key.get(c)}`;
      groups.set(k, [...(groups.get(k) ?? []), c]);
    }
    const heads = [...groups.values()].map((g) => g[0]!);
    for (const c of dependent(heads, residual))
      for (const member of [...groups.values()].find((g) => g[0] === c)!)
        if (a.sayFew.has(member)) loosen.add(member);
    // Any other hidden cell with people in it that the edge values would give away. A cell
    // of the same people as an edge group moves with it, so that group is not known to it.
    const edgeSet = new Set(atEdge);
    const allEdges = basisOf(atEdge.map((e) => residual.get(e)!));
    for (const c of a.hidden) {
      if (edgeSet.has(c) || a.size(c) === 0) continue;
      if (!isZero(allEdges(residual.get(c)!))) continue;
      const others = atEdge.filter((e) => key.get(e) !== key.get(c));
      if (
        others.length < atEdge.length &&
        !isZero(basisOf(others.map((e) => residual.get(e)!))(residual.get(c)!))
      )
        continue;
      const own = new Set(a.cells[c]);
      for (const e of atEdge)
        if (a.sayFew.has(e) && a.cells[e]!.some((atom) => own.has(atom))) loosen.add(e);
    }
    if (loosen.size === 0) return;
    loosen.forEach((c) => a.sayFew.delete(c));
  }
}
