import type { InstrumentDefinition } from './definition';

/** Livskompassen: 0–10 per life area, at intake and follow-up. Stegvis' own. */
export const compass: InstrumentDefinition = {
  id: 'compass',
  version: 1,
  response: { kind: 'steps', min: 0, max: 10, step: 1 },
  items: [{ id: 'home' }, { id: 'relationships' }, { id: 'health' }, { id: 'work' }],
  total: false,
  ownGoal: false,
  licensed: false,
  placement: 'more',
  importable: false,
  thresholds: [],
};
