import type { InstrumentDefinition } from './definition';

/** ORS: how the past week has been, at the start of each session. Neutral labels, our words. */
export const ors: InstrumentDefinition = {
  id: 'ors',
  version: 1,
  title: { sv: 'Hur har du haft det?', en: 'How have you been?' },
  prompt: {
    sv: 'Tänk på den senaste veckan. Markera på varje linje hur det har varit. Vänster är dåligt, höger är bra.',
    en: 'Think about the past week. Mark on each line how it has been. Left is bad, right is good.',
  },
  when: { sv: 'Före samtalet', en: 'Before the session' },
  response: { kind: 'vas', min: 0, max: 10, step: 0.1 },
  anchors: {
    low: { sv: 'Mycket dåligt', en: 'Very bad' },
    high: { sv: 'Mycket bra', en: 'Very good' },
  },
  items: [
    {
      id: 'individual',
      label: { sv: 'Jag själv', en: 'Me' },
      hint: { sv: 'Hur jag mår', en: 'How I feel' },
    },
    {
      id: 'interpersonal',
      label: { sv: 'Nära relationer', en: 'Close relationships' },
      hint: { sv: 'Familj och de som står mig nära', en: 'Family and people close to me' },
    },
    {
      id: 'social',
      label: { sv: 'Vardagen utanför hemmet', en: 'Life outside home' },
      hint: { sv: 'Arbete, skola, vänner', en: 'Work, school, friends' },
    },
    {
      id: 'overall',
      label: { sv: 'Allt som allt', en: 'All in all' },
      hint: { sv: 'Hur det känns i stort', en: 'How things feel overall' },
    },
  ],
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
