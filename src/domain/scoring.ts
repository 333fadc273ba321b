import type { InstrumentDefinition } from '../shared/instruments/definition';

export type ItemValues = Readonly<Record<string, number | null | undefined>>;

/** Items the participant has not marked yet, in the order they appear. */
export function missingItems(def: InstrumentDefinition, values: ItemValues): string[] {
  return def.items.filter((item) => typeof values[item.id] !== 'number').map((item) => item.id);
}

/**
 * The total of a four-item scale, 0–40 with one decimal. Summed in tenths so that
 * 7.1 + 8.2 + ... never shows binary noise. Null when an item is missing or totals mean nothing.
 */
export function total(def: InstrumentDefinition, values: ItemValues): number | null {
  if (!def.total || missingItems(def, values).length > 0) return null;
  const tenths = def.items.reduce(
    (sum, item) => sum + Math.round((values[item.id] as number) * 10),
    0,
  );
  return tenths / 10;
}

/** Reasons a set of values does not fit a definition (unknown items, off-step values). */
export function valueProblems(
  def: InstrumentDefinition,
  values: Readonly<Record<string, number>>,
): string[] {
  const problems: string[] = [];
  const ids = new Set(def.items.map((i) => i.id));
  for (const key of Object.keys(values)) if (!ids.has(key)) problems.push(`unknown item ${key}`);
  for (const id of missingItems(def, values)) problems.push(`missing item ${id}`);
  const { min, max, step } = def.response;
  for (const [key, v] of Object.entries(values)) {
    const off = Math.abs(Math.round(v / step) * step - v) > 1e-6;
    if (v < min || v > max || off) problems.push(`value out of scale for ${key}`);
  }
  return problems;
}

/**
 * Why a rating fact does not fit its instrument, or null when it does. Item scores must
 * match the definition; a total alone is allowed only for totals copied from paper.
 */
export function ratingProblem(
  def: InstrumentDefinition,
  rating: { values: Readonly<Record<string, number>>; total?: number; provenance: string },
): string | null {
  const totalOnly = Object.keys(rating.values).length === 0;
  if (totalOnly) {
    if (rating.provenance !== 'import_total') return 'items missing';
    if (rating.total === undefined) return 'total missing';
    if (!def.total) return 'this instrument has no total';
    return rating.total <= def.items.length * def.response.max ? null : 'total out of range';
  }
  if (rating.total !== undefined) return 'total given with items';
  const problems = valueProblems(def, rating.values);
  return problems.length ? problems.join(', ') : null;
}
