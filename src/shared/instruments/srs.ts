import type { InstrumentDefinition } from './definition';

/** SRS: how today's individual session was, at its end. Neutral labels, our words. */
export const srs: InstrumentDefinition = {
  id: 'srs',
  version: 1,
  response: { kind: 'vas', min: 0, max: 10, step: 0.1 },
  items: [{ id: 'relationship' }, { id: 'goals' }, { id: 'approach' }, { id: 'overall' }],
  total: true,
  ownGoal: false,
  licensed: true,
  placement: 'main',
  importable: true,
  thresholds: [
    { id: 'alliance', appliesTo: 'total', value: 36, source: 'published' },
    { id: 'itemAlliance', appliesTo: 'item', value: 9, source: 'heuristic' },
  ],
};
