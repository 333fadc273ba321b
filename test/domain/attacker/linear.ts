/**
 * A small exact-enough linear solver for the attacker: equations over named unknowns, split
 * into connected parts, each brought to reduced row echelon form. An unknown is solved when
 * its row has no other unknown left.
 */
export interface Equation {
  terms: Map<string, number>;
  rhs: number;
}

const EPS = 1e-7;

function components(equations: readonly Equation[]): Equation[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const e of equations) for (const v of e.terms.keys()) if (!parent.has(v)) parent.set(v, v);
  for (const e of equations) {
    const [first, ...rest] = [...e.terms.keys()];
    for (const v of rest) parent.set(find(v), find(first!));
  }
  const groups = new Map<string, Equation[]>();
  for (const e of equations) {
    const first = e.terms.keys().next();
    if (first.done) continue;
    const root = find(first.value);
    groups.set(root, [...(groups.get(root) ?? []), e]);
  }
  return [...groups.values()];
}

/** Every unknown whose value follows from the equations, with that value. */
export function solve(equations: readonly Equation[]): {
  solved: Map<string, number>;
  rows: Equation[];
} {
  const solved = new Map<string, number>();
  const rows: Equation[] = [];
  for (const group of components(equations)) {
    const vars = [...new Set(group.flatMap((e) => [...e.terms.keys()]))];
    const col = new Map(vars.map((v, i) => [v, i]));
    const m = group.map((e) => {
      const row = new Float64Array(vars.length + 1);
      for (const [v, c] of e.terms) row[col.get(v)!] = c;
      row[vars.length] = e.rhs;
      return row;
    });
    let r = 0;
    for (let c = 0; c < vars.length && r < m.length; c++) {
      let best = r;
      for (let i = r + 1; i < m.length; i++)
        if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
      if (Math.abs(m[best]![c]!) < EPS) continue;
      [m[r], m[best]] = [m[best]!, m[r]!];
      const pivot = m[r]!;
      const f = pivot[c]!;
      for (let k = 0; k <= vars.length; k++) pivot[k]! /= f;
      for (let i = 0; i < m.length; i++) {
        if (i === r) continue;
        const g = m[i]![c]!;
        if (Math.abs(g) < EPS) continue;
        for (let k = 0; k <= vars.length; k++) m[i]![k]! -= g * pivot[k]!;
      }
      r++;
    }
    for (const row of m.slice(0, r)) {
      const nonzero = vars.flatMap((v, i) =>
        Math.abs(row[i]!) > EPS ? [[v, row[i]!] as const] : [],
      );
      rows.push({ terms: new Map(nonzero), rhs: row[vars.length]! });
      if (nonzero.length === 1) solved.set(nonzero[0]![0], row[vars.length]! / nonzero[0]![1]);
    }
  }
  return { solved, rows };
}
