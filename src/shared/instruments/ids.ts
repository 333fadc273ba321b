// The instruments' ids, apart from their schemas: the app's routes need them on the first screen.
export const INSTRUMENT_IDS = ['ors', 'srs', 'gsrs', 'scale', 'compass'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];
