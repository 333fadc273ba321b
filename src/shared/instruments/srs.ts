import type { InstrumentDefinition } from './definition';

/** SRS: how today's individual session was, at its end. Neutral labels, our words. */
export const srs: InstrumentDefinition = {
  id: 'srs',
  version: 1,
  title: { sv: 'Hur var samtalet?', en: 'How was the session?' },
  prompt: {
    sv: 'Tänk på samtalet du just hade. Markera på varje linje hur det passade dig.',
    en: 'Think about the session you just had. Mark on each line how well it suited you.',
  },
  when: { sv: 'Efter samtalet', en: 'After the session' },
  response: { kind: 'vas', min: 0, max: 10, step: 0.1 },
  anchors: {
    low: { sv: 'Inte alls', en: 'Not at all' },
    high: { sv: 'Helt och hållet', en: 'Completely' },
  },
  items: [
    {
      id: 'relationship',
      label: { sv: 'Relationen', en: 'The relationship' },
      hint: { sv: 'Att bli lyssnad på och respekterad', en: 'Being listened to and respected' },
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
      hint: { sv: 'Samtalet som helhet', en: 'The session as a whole' },
    },
  ],
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
