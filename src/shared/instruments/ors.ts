import type { InstrumentDefinition } from './definition';

/** ORS: how the past week has been, at the start of each session. Neutral labels, our words. */
export const ors: InstrumentDefinition = {
  id: 'ors',
  version: 1,
  response: { kind: 'vas', min: 0, max: 10, step: 0.1 },
  items: [{ id: 'individual' }, { id: 'interpersonal' }, { id: 'social' }, { id: 'overall' }],
  total: true,
  ownGoal: false,
  licensed: true,
  placement: 'main',
  importable: true,
  thresholds: [
    {
      id: 'clinicalCutoff',
      appliesTo: 'total',
      value: 25,
      source: 'published',
      ages: { min: 18, max: 120 },
    },
    {
      id: 'adolescentCutoff',
      appliesTo: 'total',
      value: 28,
      source: 'published',
      ages: { min: 13, max: 17 },
    },
    { id: 'reliableChange', appliesTo: 'change', value: 5, source: 'published' },
  ],
};
