import type { InstrumentDefinition, InstrumentId } from '../shared/instruments/definition';
import { INSTRUMENTS } from '../shared/instruments';

export const NEUTRAL_WORDING = 'neutral';

/**
 * The instrument as this device shows it, and the name of the wording in use. Until a team
 * has loaded its licensed wording (sent with sync), Stegvis' neutral labels are shown.
 */
export function shownInstrument(id: InstrumentId): { def: InstrumentDefinition; wording: string } {
  return { def: INSTRUMENTS[id], wording: NEUTRAL_WORDING };
}
