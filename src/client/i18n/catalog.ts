import type { InstrumentId } from '../../shared/instruments/definition';
import type { InstrumentTexts } from '../../shared/instruments/texts';
import type { ParticipantKey, svInstruments } from './languages/sv';

/** Every participant string, in one language; the type makes a missing key a build error. */
export type UiStrings = Record<ParticipantKey, string>;

/** Every instrument's words, with exactly the items the Swedish source has. */
export type InstrumentCatalog = {
  [I in InstrumentId]: Omit<InstrumentTexts, 'items'> & {
    items: { [K in keyof (typeof svInstruments)[I]['items']]: { label: string; hint?: string } };
  };
};

/**
 * Whether a native speaker has read the language: the team admin sees it before offering the
 * language to participants, and an unreviewed catalog says so rather than pretend.
 */
export type CatalogReview =
  | { status: 'source' }
  | { status: 'reviewed'; by: string; date: string }
  | { status: 'unreviewed'; note: string };

/** One language: a module `languages/<code>.ts` exporting `catalog`. */
export interface Catalog {
  review: CatalogReview;
  ui: UiStrings;
  instruments: InstrumentCatalog;
}
