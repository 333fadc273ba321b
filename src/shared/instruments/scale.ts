import type { InstrumentDefinition } from './definition';

/** The solution-focused 0–10 scaling question about the participant's own goal. Stegvis' own. */
export const scale: InstrumentDefinition = {
  id: 'scale',
  version: 1,
  title: { sv: 'Min skala', en: 'My scale' },
  prompt: {
    sv: '0 betyder så långt från målet som det går. 10 betyder att du har nått målet.',
    en: '0 means as far from the goal as can be. 10 means you have reached the goal.',
  },
  when: { sv: 'När du vill', en: 'Whenever you like' },
  response: { kind: 'steps', min: 0, max: 10, step: 1 },
  anchors: {
    low: { sv: 'Långt från målet', en: 'Far from the goal' },
    high: { sv: 'Målet är nått', en: 'Goal reached' },
  },
  items: [{ id: 'goal', label: { sv: 'Var är du nu?', en: 'Where are you now?' } }],
  total: false,
  ownGoal: true,
  licensed: false,
  placement: 'main',
  importable: true,
  thresholds: [{ id: 'noticeableChange', appliesTo: 'change', value: 1, source: 'heuristic' }],
};
