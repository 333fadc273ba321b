import type { InstrumentDefinition, InstrumentId } from './definition';
import { INSTRUMENTS } from './catalog';

export * from './catalog';
export * from './definition';
export * from './wording';
export * from './texts';

export function instrument(id: InstrumentId): InstrumentDefinition {
  return INSTRUMENTS[id];
}

export function threshold(def: InstrumentDefinition, id: string): number | undefined {
  return def.thresholds.find((t) => t.id === id)?.value;
}

/** A threshold every definition of that instrument has (the tests check each one exists). */
export function requiredThreshold(def: InstrumentDefinition, id: string): number {
  const value = threshold(def, id);
  if (value === undefined) throw new Error(`${def.id} has no threshold ${id}`);
  return value;
}
