import type { InstrumentDefinition } from './definition';

/** Livskompassen: 0–10 per life area, at intake and follow-up. Stegvis' own. */
export const compass: InstrumentDefinition = {
  id: 'compass',
  version: 1,
  title: { sv: 'Livskompassen', en: 'Life compass' },
  prompt: {
    sv: 'Hur nöjd är du med de här delarna av livet just nu? 0 är inte alls, 10 är helt nöjd.',
    en: 'How satisfied are you with these parts of life right now? 0 is not at all, 10 is fully.',
  },
  when: { sv: 'Vid start och uppföljning', en: 'At intake and follow-up' },
  response: { kind: 'steps', min: 0, max: 10, step: 1 },
  anchors: {
    low: { sv: 'Inte alls nöjd', en: 'Not at all satisfied' },
    high: { sv: 'Helt nöjd', en: 'Fully satisfied' },
  },
  items: [
    { id: 'home', label: { sv: 'Boende och fritid', en: 'Home and leisure' } },
    { id: 'relationships', label: { sv: 'Relationer', en: 'Relationships' } },
    { id: 'health', label: { sv: 'Hälsa', en: 'Health' } },
    { id: 'work', label: { sv: 'Arbete och studier', en: 'Work and education' } },
  ],
  total: false,
  ownGoal: false,
  licensed: false,
  placement: 'more',
  importable: false,
  thresholds: [],
};
