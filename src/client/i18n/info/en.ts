import type { InfoKey } from './sv';

/** English for the information pages, complete: every key of the Swedish info catalog. */
export const infoEn: Record<InfoKey, string> = {
  'info.back': 'To the start page',
  'mydata.title': 'My data',
  'mydata.intro':
    'Here you see what is stored on this phone. It works without a connection. Your coach can give you an extract of everything the team has stored about you.',
  'mydata.connected': 'This phone is connected to your team with the code {code}, since {when}.',
  'mydata.notConnected': 'This phone is not connected to a team. The answers are only here.',
  'mydata.counts': 'The phone holds {ratings} answers and {notes} notes.',
  'mydata.waiting': '{n} of them are waiting to be sent to the team.',
  'mydata.list': 'Your answers',
  'mydata.when': 'When',
  'mydata.what': 'What',
  'mydata.total': 'Total',
  'mydata.withdrawn': 'withdrawn',
  'mydata.download': 'Download my data (JSON)',
  'mydata.downloadHint':
    'A file with everything on the phone. Keep it where only you can reach it.',
  'mydata.none': 'No answers yet.',
  'privacy.title': 'Your personal data in Stegvis',
  'privacy.easyLink': 'Read an easy-to-read version',
  'privacy.plainLink': 'Read the full text',
  'privacy.who.h': 'Who is responsible?',
  'privacy.who.p':
    '{team} is responsible for the data about you in Stegvis. To reach them: {contact}',
  'privacy.noContact': 'ask your coach.',
  'privacy.what.h': 'What is stored?',
  'privacy.what.p':
    'A code instead of your name. If you want: a first name that only the team sees. Gender, birth year, when you started and ended, who referred you and your support. Your answers to the questions (how you are doing, how the sessions go and your own scale), your goals and your notes. What you do and live on when you start, when you finish and at the follow-up after you finish (if you want to be followed up), and your answers to the team’s questionnaires.',
  'privacy.why.h': 'Why?',
  'privacy.why.p':
    'So that you and your coach can see how things are going and talk about it, and so that the team can follow up its work. The data is used for nothing else.',
  'privacy.sees.h': 'Who sees the data?',
  'privacy.sees.p':
    'Your coach and the staff of your team. Notes you do not share with your coach are stored with the team too, but the staff cannot read them in Stegvis. The steering group and the coordination association only get figures for many people together, never figures about so few that anyone could be worked out. Every time staff read your data, it is logged.',
  'privacy.phone.h': 'On the phone',
  'privacy.phone.p':
    'Your answers are also stored on this phone, so that the app works without a connection. No other app or service gets them. Stegvis sends nothing to anyone but your team.',
  'privacy.copy.h': 'See what is stored',
  'privacy.copy.p':
    'You have the right to know everything stored about you. Ask your coach for an extract: it also says who has read your data. What is on the phone you see under My data.',
  'privacy.keep.h': 'For how long?',
  'privacy.keep.p':
    'The data is kept while you are with the team and {months} months after you have ended. Then it is erased.',
  'privacy.rights.h': 'Your rights',
  'privacy.rights.p':
    'You can ask for wrong data to be corrected. You can stop answering at any time. If you are not happy with how your data is handled, you can turn to the Swedish Authority for Privacy Protection (IMY).',
  'easy.title': 'Your data – easy to read',
  'easy.1': 'You answer questions in Stegvis.',
  'easy.2': 'The answers are stored with your team. They are also stored on your phone.',
  'easy.3':
    'You have a code instead of your name. The team may write your first name. Only the team sees it.',
  'easy.4': 'Your coach and your team can see your answers.',
  'easy.5': 'If you write a note only for yourself, your coach cannot read it.',
  'easy.6': 'Others only see figures for many people together. Nobody can see it is you.',
  'easy.7': 'You can ask your coach to see everything stored about you.',
  'easy.8': 'Your data is erased {months} months after you have ended.',
  'easy.9': 'Questions? Talk to your coach. You can also reach the team like this: {contact}',
  'easy.9.noContact': 'Questions? Talk to your coach.',
  'a11y.title': 'Accessibility statement',
  'a11y.intro':
    '{team} provides Stegvis for its participants. We want as many people as possible to be able to use the app. Here we describe how Stegvis meets the Swedish act (2018:1937) on accessibility to digital public services, known shortcomings and how to report problems.',
  'a11y.status.h': 'How accessible is Stegvis?',
  'a11y.status.p':
    'Stegvis is partially compliant with the act on accessibility to digital public services, because of the shortcomings described below.',
  'a11y.gaps.h': 'Content that is not accessible',
  'a11y.gap.languages':
    'The app is only in Swedish and English. Arabic, Somali, Tigrinya and Dari are still missing.',
  'a11y.gap.readAloud': 'The app cannot read the questions aloud itself. Screen readers work.',
  'a11y.gap.easyRead': 'Only the information about personal data is in easy-to-read Swedish.',
  'a11y.gap.charts':
    'The charts of your progress have a table with the same data beside them, but the charts themselves cannot be read with a screen reader.',
  'a11y.help.h': 'If you cannot use parts of the app',
  'a11y.help.p':
    'Talk to your coach: you can always answer on paper or in the conversation instead. To reach the team: {contact}',
  'a11y.report.h': 'Report shortcomings',
  'a11y.report.p':
    'Tell the team if you come across something that does not work for you, and we will try to fix it. {contact}',
  'a11y.supervision.h': 'Supervision',
  'a11y.supervision.p':
    'The Agency for Digital Government (DIGG) supervises the act. If you are not happy with how we handle your comments, you can report it to DIGG at digg.se.',
  'a11y.tested.h': 'How we have tested',
  'a11y.gap.largeText':
    'At 200 % text size some words break in the middle, and on the narrowest screen a few tables must be scrolled sideways.',
  'a11y.tested.p':
    'Every screen is tested automatically with axe-core against WCAG 2.2 level AA, at phone and desktop widths, and with a keyboard. This statement was written on 3 December 2026 and is reviewed when the app changes.',
};
