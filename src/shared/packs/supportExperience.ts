import type { QuestionnairePack } from '../questionnaire';

/**
 * Stegvis's own example pack, in its own words ("Hur upplever du stödet?"): free to use, and
 * a pattern for a förbund's licensed pack. It is not the national network's indicators.
 */
export const SUPPORT_EXPERIENCE_PACK: QuestionnairePack = {
  format: 'stegvis-questionnaire-pack',
  version: 1,
  id: 'hur-upplever-du-stodet',
  title: { sv: 'Hur upplever du stödet?', en: 'How do you find the support?' },
  intro: {
    sv: 'Några frågor om stödet du får. Teamet läser svaren för att bli bättre.',
    en: 'A few questions about the support you get. The team reads the answers to do better.',
  },
  moments: ['ongoing', 'exit'],
  questions: [
    {
      id: 'listened',
      text: { sv: 'Känner du dig lyssnad på?', en: 'Do you feel listened to?' },
      options: [
        { value: 1, label: { sv: 'Nej, inte alls', en: 'No, not at all' } },
        { value: 2, label: { sv: 'Sällan', en: 'Rarely' } },
        { value: 3, label: { sv: 'Ibland', en: 'Sometimes' } },
        { value: 4, label: { sv: 'Oftast', en: 'Mostly' } },
        { value: 5, label: { sv: 'Ja, alltid', en: 'Yes, always' } },
      ],
    },
    {
      id: 'own-goals',
      text: {
        sv: 'Handlar stödet om det som är viktigt för dig?',
        en: 'Is the support about what matters to you?',
      },
      options: [
        { value: 1, label: { sv: 'Inte alls', en: 'Not at all' } },
        { value: 2, label: { sv: 'Lite', en: 'A little' } },
        { value: 3, label: { sv: 'Ganska mycket', en: 'Quite a lot' } },
        { value: 4, label: { sv: 'Mycket', en: 'Very much' } },
      ],
    },
    {
      id: 'closer',
      text: {
        sv: 'Har du kommit närmare arbete eller studier?',
        en: 'Have you come closer to work or studies?',
      },
      options: [
        { value: 0, label: { sv: 'Nej', en: 'No' } },
        { value: 1, label: { sv: 'Ja', en: 'Yes' } },
      ],
    },
  ],
};
