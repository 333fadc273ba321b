import type { PublicReport } from '../../../src/domain/disclosure/publish';
import { solve, type Equation } from './linear';
import {
  countPaths,
  DEFINITION_BOUND,
  meanPaths,
  reportSums,
  sharePaths,
  sumSums,
} from './relations';

/** One published report as an outsider holds it. */
export interface Published {
  entity: string;
  kind: 'team' | 'others' | 'total';
  /** For `others`: the teams it holds. */
  teams?: string[];
  span: 'year' | 'first' | 'second';
  report: PublicReport;
}

/** What the attacker claims to have worked out: a hidden figure and its value. */
export interface Claim {
  entity: string;
  span: string;
  path: string;
  value: number;
}

const read = (tree: unknown, path: string) =>
  path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], tree);
const MANY = 100_000;

/**
 * Forms every linear relation it can from the published reports (sums over categories,
 * teams and halves, share × denominator, n-weighted means and changes), solves them, then
 * narrows the hidden counts with what the marks say (`<5` is 1–4; `..` may be anything from 0
 * up, as the README says). Returns every hidden value it pins down.
 */
export function attack(published: readonly Published[]): Claim[] {
  const eqs: Equation[] = [];
  const known = new Map<string, number>();
  const marks = new Map<string, unknown>();
  const c = (p: Published, path: string) => `c:${p.entity}|${p.span}|${path}`;
  const s = (p: Published, measure: string, group: string) =>
    `s:${measure}:${p.entity}|${p.span}|${group}`;
  const eq = (terms: [string, number][], rhs = 0) => {
    const m = new Map<string, number>();
    for (const [v, k] of terms) m.set(v, (m.get(v) ?? 0) + k);
    eqs.push({ terms: m, rhs });
  };
  const sumEq = (whole: string, parts: string[]) =>
    eq([[whole, 1], ...parts.map((p): [string, number] => [p, -1])]);

  for (const p of published) {
    const year = p.span === 'year';
    const d = p.report.definitions;
    for (const path of countPaths(year)) {
      const v = read(p.report, path);
      if (typeof v === 'number') known.set(c(p, path), v);
      else marks.set(c(p, path), v);
    }
    for (const sum of reportSums(year, d.goalExitReasons, d.dropoutsInDenominator))
      sumEq(
        c(p, sum.whole),
        sum.parts.map((x) => c(p, x)),
      );
    for (const sh of sharePaths(year)) {
      const pct = read(p.report, sh.percent);
      if (typeof pct === 'number')
        eq([
          [c(p, sh.count), 1],
          [c(p, sh.whole), -pct / 100],
        ]);
    }
    for (const m of meanPaths(year)) {
      const mean = read(p.report, m.mean);
      if (typeof mean === 'number')
        eq([
          [s(p, m.measure, m.group), 1],
          [c(p, m.n), -mean],
        ]);
    }
    for (const base of [
      'ors',
      ...['woman', 'man', 'other', 'unknown'].map((g) => `ors.byGender.${g}`),
    ]) {
      const change = read(p.report, `${base}.changeMean`);
      const n = base === 'ors' ? 'ors.n' : `${base}.n`;
      if (typeof change === 'number')
        eq([
          [s(p, 'orsEx', base), 1],
          [s(p, 'orsIn', base), -1],
          [c(p, n), -change],
        ]);
      const pct = read(p.report, `${base}.changePercent`);
      if (typeof pct === 'number')
        eq([
          [s(p, 'orsEx', base), 1],
          [s(p, 'orsIn', base), -(1 + pct / 100)],
        ]);
    }
    for (const ss of sumSums)
      sumEq(
        s(p, ss.measure, ss.whole),
        ss.parts.map((x) => s(p, ss.measure, x)),
      );
  }

  // Across teams: the total is the teams added; a group of other teams is its teams added.
  const sameDefs = (list: Published[]) =>
    list.every(
      (x) => JSON.stringify(x.report.definitions) === JSON.stringify(list[0]!.report.definitions),
    );
  for (const span of ['year', 'first', 'second'] as const) {
    const teams = published.filter((p) => p.span === span && p.kind === 'team');
    const groups = published.filter((p) => p.span === span && p.kind !== 'team');
    for (const g of groups) {
      const inside = g.kind === 'total' ? teams : teams.filter((t) => g.teams!.includes(t.entity));
      const agree = sameDefs([g, ...inside]);
      for (const path of countPaths(span === 'year'))
        if (agree || !DEFINITION_BOUND.some((b) => path.startsWith(b)))
          sumEq(
            c(g, path),
            inside.map((t) => c(t, path)),
          );
      for (const m of meanPaths(span === 'year'))
        if (agree || m.group !== 'goal')
          sumEq(
            s(g, m.measure, m.group),
            inside.map((t) => s(t, m.measure, m.group)),
          );
    }
  }
  // Across the halves of the year: what happens in a half adds up; who is active does not.
  for (const entity of new Set(published.map((p) => p.entity))) {
    const [y, f, h] = (['year', 'first', 'second'] as const).map((span) =>
      published.find((p) => p.entity === entity && p.span === span),
    );
    if (!y || !f || !h) continue;
    const additive = countPaths(false).filter(
      (p) => !/^participants\.(total|activeAtStart|activeAtEnd)$/.test(p),
    );
    for (const path of additive) sumEq(c(y, path), [c(f, path), c(h, path)]);
    eq([
      [c(f, 'participants.activeAtStart'), 1],
      [c(y, 'participants.activeAtStart'), -1],
    ]);
    eq([
      [c(h, 'participants.activeAtStart'), 1],
      [c(f, 'participants.activeAtEnd'), -1],
    ]);
    eq([
      [c(h, 'participants.activeAtEnd'), 1],
      [c(y, 'participants.activeAtEnd'), -1],
    ]);
    for (const m of meanPaths(false))
      sumEq(s(y, m.measure, m.group), [s(f, m.measure, m.group), s(h, m.measure, m.group)]);
  }

  // Published values move to the right-hand side.
  const reduced: Equation[] = eqs.map((e) => {
    let rhs = e.rhs;
    const terms = new Map<string, number>();
    for (const [v, k] of e.terms) {
      if (known.has(v)) rhs -= k * known.get(v)!;
      else terms.set(v, k);
    }
    return { terms, rhs };
  });
  const { solved, rows } = solve(reduced.filter((e) => e.terms.size > 0));
  const value = (v: string) => known.get(v) ?? solved.get(v);

  // What the marks say, then narrowing over every count-only relation until nothing moves.
  const range = new Map<string, [number, number]>();
  for (const p of published)
    for (const path of countPaths(p.span === 'year')) {
      const v = c(p, path);
      if (known.has(v)) continue;
      const solvedValue = solved.get(v);
      if (solvedValue !== undefined) range.set(v, [solvedValue, solvedValue]);
      else if (marks.get(v) === '<5') range.set(v, [1, 4]);
      else range.set(v, [0, MANY]);
    }
  const narrowing = [...reduced, ...rows].filter(
    (e) => e.terms.size > 1 && [...e.terms.keys()].every((v) => range.has(v)),
  );
  for (let round = 0, moved = true; moved && round < 60; round++) {
    moved = false;
    for (const e of narrowing)
      for (const [v, k] of e.terms) {
        let lo = e.rhs;
        let hi = e.rhs;
        for (const [w, kw] of e.terms) {
          if (w === v) continue;
          const [a, b] = range.get(w)!;
          lo -= Math.max(kw * a, kw * b);
          hi -= Math.min(kw * a, kw * b);
        }
        const [a, b] = k > 0 ? [lo / k, hi / k] : [hi / k, lo / k];
        const [clo, chi] = range.get(v)!;
        const nlo = Math.max(clo, Math.ceil(a - 1e-6));
        const nhi = Math.min(chi, Math.floor(b + 1e-6));
        if (process.env.ATTACK_TRACE && nlo === nhi && (nlo > clo || nhi < chi))
          console.log(
            v,
            '=',
            nlo,
            'from',
            [...e.terms].map(([w, kw]) => `${kw}·${w}${JSON.stringify(range.get(w))}`).join(' + '),
            '=',
            e.rhs,
          );
        if (nlo > clo || nhi < chi) {
          if (nlo <= nhi) range.set(v, [nlo, nhi]);
          moved = moved || nlo <= nhi;
        }
      }
  }

  const claims: Claim[] = [];
  const count = (v: string) => {
    const r = range.get(v);
    return value(v) ?? (r && r[0] === r[1] ? r[0] : undefined);
  };
  for (const p of published) {
    const year = p.span === 'year';
    const claim = (path: string, v: number | undefined) =>
      v !== undefined && claims.push({ entity: p.entity, span: p.span, path, value: v });
    for (const path of countPaths(year)) if (!known.has(c(p, path))) claim(path, count(c(p, path)));
    for (const m of meanPaths(year)) {
      if (typeof read(p.report, m.mean) === 'number') continue;
      const sum = value(s(p, m.measure, m.group));
      const n = count(c(p, m.n));
      if (sum !== undefined && n !== undefined && Math.abs(n) > 1e-6) claim(m.mean, sum / n);
    }
    for (const sh of sharePaths(year)) {
      if (typeof read(p.report, sh.percent) === 'number') continue;
      const part = count(c(p, sh.count));
      const whole = count(c(p, sh.whole));
      if (part !== undefined && whole !== undefined && Math.abs(whole) > 1e-6)
        claim(sh.percent, (part / whole) * 100);
    }
  }
  return claims;
}
