import { INSTRUMENTS } from '../../src/shared/instruments';
import {
  LICENSED_INSTRUMENTS,
  type InstrumentWording,
  type WordingFile,
} from '../../src/shared/instruments/wording';
import type { Language } from '../../src/shared/language';

/**
 * A made-up wording file in the team format (we may not ship licensed texts): every text
 * starts with `marker`, so a test can see which wording a screen shows.
 */
export function sampleWording(language: Language, name: string, marker = 'Lic'): WordingFile {
  const instruments: Partial<Record<(typeof LICENSED_INSTRUMENTS)[number], InstrumentWording>> = {};
  for (const id of LICENSED_INSTRUMENTS) {
    const def = INSTRUMENTS[id];
    instruments[id] = {
      title: `${marker} ${id.toUpperCase()}`,
      prompt: `${marker} prompt ${id}`,
      anchors: { low: `${marker} low`, high: `${marker} high` },
      items: Object.fromEntries(
        def.items.map((item) => [item.id, { label: `${marker} ${id} ${item.id}` }]),
      ),
    };
  }
  return { format: 'stegvis-wording/1', language, name, instruments };
}
