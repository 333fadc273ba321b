import type { InstrumentDefinition, InstrumentId } from './definition';
import { compass } from './compass';
import { gsrs } from './gsrs';
import { ors } from './ors';
import { scale } from './scale';
import { srs } from './srs';

export * from './definition';
export * from './wording';

/** Every instrument Stegvis ships, in the order the participant meets them. */
export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  ors,
  srs,
  gsrs,
  scale,
  compass,
};

export function instrument(id: InstrumentId): InstrumentDefinition {
  return INSTRUMENTS[id];
}

export function threshold(def: InstrumentDefinition, id: string): number | undefined {
  return def.thresholds.find((t) => t.id === id)?.value;
}
