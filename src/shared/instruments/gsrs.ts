import type { InstrumentDefinition } from './definition';

/** GSRS: how today's group session was. No published cutoff: 36 is the team's own default. */
export const gsrs: InstrumentDefinition = {
  id: 'gsrs',
  version: 1,
  response: { kind: 'vas', min: 0, max: 10, step: 0.1 },
  items: [{ id: 'relationship' }, { id: 'goals' }, { id: 'approach' }, { id: 'overall' }],
  total: true,
  ownGoal: false,
  groupSession: true,
  licensed: true,
  placement: 'main',
  importable: true,
  thresholds: [{ id: 'teamAlliance', appliesTo: 'total', value: 36, source: 'team' }],
};
