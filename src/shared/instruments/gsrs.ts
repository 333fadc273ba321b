import type { InstrumentDefinition } from './definition';

/** GSRS: how today's group session was. No published cutoff: 36 is the team's own default. */
export const gsrs: InstrumentDefinition = {
  id: 'gsrs',
  version: 1,
  title: { sv: 'Hur var gruppträffen?', en: 'How was the group session?' },
  prompt: {
    sv: 'Tänk på gruppträffen du just var på. Markera på varje linje hur den passade dig.',
    en: 'Think about the group session you just attended. Mark on each line how well it suited you.',
  },
  when: { sv: 'Efter gruppträffen', en: 'After the group session' },
  response: { kind: 'vas', min: 0, max: 10, step: 0.1 },
  anchors: {
    low: { sv: 'Inte alls', en: 'Not at all' },
    high: { sv: 'Helt och hållet', en: 'Completely' },
  },
  items: [
    {
      id: 'relationship',
      label: { sv: 'Gemenskapen', en: 'Belonging' },
      hint: { sv: 'Med ledaren och gruppen', en: 'With the leader and the group' },
    },
    {
      id: 'goals',
      label: { sv: 'Det vi pratade om', en: 'What we talked about' },
      hint: {
        sv: 'Mål och ämnen som var viktiga för mig',
        en: 'Goals and topics that mattered to me',
      },
    },
    {
      id: 'approach',
      label: { sv: 'Sättet vi jobbade på', en: 'How we worked' },
      hint: { sv: 'Arbetssättet passade mig', en: 'The way of working suited me' },
    },
    {
      id: 'overall',
      label: { sv: 'Allt som allt', en: 'All in all' },
      hint: { sv: 'Träffen som helhet', en: 'The session as a whole' },
    },
  ],
  total: true,
  ownGoal: false,
  groupSession: true,
  licensed: true,
  placement: 'main',
  importable: true,
  thresholds: [{ id: 'teamAlliance', appliesTo: 'total', value: 36, source: 'team' }],
};
