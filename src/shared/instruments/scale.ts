import type { InstrumentDefinition } from './definition';

/** The solution-focused 0–10 scaling question about the participant's own goal. Stegvis' own. */
export const scale: InstrumentDefinition = {
  id: 'scale',
  version: 1,
  response: { kind: 'steps', min: 0, max: 10, step: 1 },
  items: [{ id: 'goal' }],
  total: false,
  ownGoal: true,
  licensed: false,
  placement: 'main',
  importable: true,
  thresholds: [{ id: 'noticeableChange', appliesTo: 'change', value: 1, source: 'heuristic' }],
};
