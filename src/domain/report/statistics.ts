import type { Share } from '../../shared/responses/reports';

/**
 * Plain descriptive statistics for the team's reports. Values stay unrounded; rounding to
 * one decimal happens only when a figure is shown.
 */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The q-quantile (0–1) by linear interpolation between order statistics (R's type 7, the
 * spreadsheet's PERCENTILE.INC), so a team can check it in Excel.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.ceil(h)] ?? sorted[lo]!) - sorted[lo]!);
}

/** The sample standard deviation (n − 1); undefined for fewer than two values. */
export function sampleSd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values)!;
  let squares = 0;
  for (const v of values) squares += (v - m) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

/** part / whole × 100, or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (part / whole) * 100;
}

/** A count with its share of a whole: how the report shows every breakdown. */
export type { Share };

export function share(part: number, whole: number): Share {
  return { count: part, percent: percent(part, whole) };
}

/** Counts per key, over the keys given (so a zero still shows), then any others seen. */
export function countBy<T>(
  items: readonly T[],
  key: (item: T) => string,
  keys: readonly string[] = [],
): Record<string, Share> {
  const counts = new Map<string, number>(keys.map((k) => [k, 0]));
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].map(([k, n]) => [k, share(n, items.length)]));
}

/** Rounds for display only: one decimal unless told otherwise. */
export function round(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
