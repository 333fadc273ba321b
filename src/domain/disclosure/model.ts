import { SPANS, type ReportingYear, type Span } from '../report/reportingYear';
import type { TeamSettings } from '../../shared/team';
import { teamReport, type CohortParticipant, type TeamReport } from '../report/cohort';
import { cellMembers, type CellMembers } from './cells';
import { BREAKDOWNS, DETAIL_CELLS, RESTS, rulesFor, YEAR_RESTS, type SumLayer } from './rules';

/**
 * The model the disclosure rules work on: every report that leaves the team for one reporting
 * year (each team, any "other teams" group and the organisation's total; the year and both of
 * its halves), and every count cell in them as the set of people behind it. What one report
 * hides must hold against all the others, since an outsider may hold them all.
 */
export interface BlockEntity {
  /** A team's id, or 'others' / 'total'. */
  key: string;
  kind: 'team' | 'others' | 'total';
  /** Indices into the organisation's list of people. */
  members: readonly number[];
  settings: TeamSettings;
}

export { SPANS, type ReportingYear, type Span };

export interface Slot {
  entity: BlockEntity;
  span: Span;
  report: TeamReport;
  cells: CellMembers;
}

export interface ModelCell {
  slot: number;
  name: string;
  members: readonly number[];
  /** Never published, only protected (the rest of a share). */
  rest: boolean;
}

const periodOf = (y: ReportingYear, span: Span) =>
  span === 'year' ? y.year : y.halves[span === 'first' ? 0 : 1];

export function buildSlots(
  people: readonly CohortParticipant[],
  entities: readonly BlockEntity[],
  year: ReportingYear,
): Slot[] {
  return entities.flatMap((entity) =>
    SPANS.map((span) => {
      const period = periodOf(year, span);
      const own = entity.members.map((i) => people[i]!);
      return {
        entity,
        span,
        report: teamReport(own, period, {}, entity.settings),
        cells: cellMembers(people, entity.members, period, entity.settings),
      };
    }),
  );
}

const spanKind = (s: Span) => (s === 'year' ? 'year' : 'half');

/** The count cells of each slot: those its published figures count, and the rests. */
export function countCells(slots: readonly Slot[]): ModelCell[] {
  return slots.flatMap((slot, i) => {
    const names = new Set<string>();
    for (const r of rulesFor(spanKind(slot.span)))
      if (r.kind === 'count' || r.kind === 'percent') {
        names.add(r.cell);
        if (r.kind === 'percent') names.add(r.of);
      }
    return [
      ...[...names].map((name) => ({ slot: i, name, members: slot.cells.get(name)!, rest: false })),
      ...[...RESTS.count, ...(slot.span === 'year' ? YEAR_RESTS : [])].map((name) => ({
        slot: i,
        name,
        members: slot.cells.get(name)!,
        rest: true,
      })),
    ];
  });
}

/** The cells of a sum layer (people whose values a published mean adds up), and its rests. */
export function layerCells(slots: readonly Slot[], layer: SumLayer): ModelCell[] {
  return slots.flatMap((slot, i) => {
    const names = new Set<string>();
    for (const r of rulesFor(spanKind(slot.span)))
      if (r.kind === 'mean' && r.layer === layer) names.add(r.cell);
    return [
      ...[...names].map((name) => ({ slot: i, name, members: slot.cells.get(name)!, rest: false })),
      ...RESTS[layer].map((name) => ({
        slot: i,
        name,
        members: slot.cells.get(name)!,
        rest: true,
      })),
    ];
  });
}

/** Groups of people who are in exactly the same cells: the inner cells of the linear model. */
export function innerCells(cells: readonly ModelCell[]): {
  dimension: number;
  atomOf: Map<number, number>;
} {
  const inCells = new Map<number, number[]>();
  cells.forEach((c, index) =>
    c.members.forEach((m) => {
      const list = inCells.get(m);
      if (list) list.push(index);
      else inCells.set(m, [index]);
    }),
  );
  const bySignature = new Map<string, number>();
  const atomOf = new Map<number, number>();
  for (const [person, list] of inCells) {
    const key = list.join(',');
    if (!bySignature.has(key)) bySignature.set(key, bySignature.size);
    atomOf.set(person, bySignature.get(key)!);
  }
  return { dimension: bySignature.size, atomOf };
}

export const vectors = (cells: readonly ModelCell[], atomOf: Map<number, number>) =>
  cells.map((c) => [...new Set(c.members.map((m) => atomOf.get(m)!))]);

/** Which cells are parts of a breakdown whose whole is 1–4 people (they all show `..`). */
export function underSmallWholes(slots: readonly Slot[], cells: readonly ModelCell[]) {
  const index = new Map(cells.map((c, i) => [`${c.slot}|${c.name}`, i]));
  const under = new Set<number>();
  slots.forEach((_, s) => {
    for (const b of BREAKDOWNS) {
      const whole = index.get(`${s}|${b.whole}`);
      if (whole === undefined) continue;
      const n = cells[whole]!.members.length;
      if (n === 0 || n >= 5) continue;
      for (const p of b.parts) {
        const part = index.get(`${s}|${p}`);
        if (part !== undefined) under.add(part);
      }
    }
  });
  return under;
}

const entityRank = { team: 0, others: 1, total: 2 } as const;
const spanRank = { year: 0, first: 1, second: 1 } as const;

/**
 * The order in which cells are published (the rest hidden where needed): the cross-tables'
 * cells after all others (they add detail, the others are what reports have always had); the teams' own
 * figures before the groups and the total, so one small team does not blank a big team's
 * rows; the year before its halves; larger cells before smaller ones.
 */
export function publishOrder(slots: readonly Slot[], cells: readonly ModelCell[], ids: number[]) {
  const key = (i: number) => {
    const slot = slots[cells[i]!.slot]!;
    const detail = DETAIL_CELLS.has(cells[i]!.name) ? 1 : 0;
    return [
      detail,
      entityRank[slot.entity.kind],
      spanRank[slot.span],
      -cells[i]!.members.length,
      i,
    ];
  };
  return ids
    .map((i) => ({ i, k: key(i) }))
    .sort((a, b) => {
      for (let j = 0; j < a.k.length; j++) if (a.k[j] !== b.k[j]) return a.k[j]! - b.k[j]!;
      return 0;
    })
    .map((x) => x.i);
}
