import type { InstrumentDefinition, InstrumentId } from './definition';
import { compass } from './compass';
import { gsrs } from './gsrs';
import { ors } from './ors';
import { scale } from './scale';
import { srs } from './srs';

/**
 * Every instrument Stegvis ships, in the order the participant meets them. Adding one is a
 * definition file, its line here and its strings; every list below derives from the
 * definitions (home screen, CSV import, licensed wording, charts).
 */
export const INSTRUMENTS: Readonly<Record<InstrumentId, InstrumentDefinition>> = {
  ors,
  srs,
  gsrs,
  scale,
  compass,
};
const all = Object.values(INSTRUMENTS);
const ids = (keep: (d: InstrumentDefinition) => boolean) =>
  all.filter(keep).map((d) => d.id) as [InstrumentId, ...InstrumentId[]];

/** In the participant's order. */
export const INSTRUMENT_ORDER = ids(() => true);
/** Those whose wording a team may load under its licence. */
export const LICENSED_INSTRUMENTS = ids((d) => d.licensed);
/** Those the CSV import of historical ratings takes. */
export const IMPORTABLE_INSTRUMENTS = ids((d) => d.importable);
