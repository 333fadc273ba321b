import type { Catalog, UiStrings } from '../catalog';

/** English, complete: every key of the Swedish catalog, checked by the type. */
const ui: UiStrings = {
  'app.name': 'Stegvis',
  'footer.label': 'About Stegvis',
  'footer.myData': 'My data',
  'footer.privacy': 'Personal data',
  'footer.accessibility': 'Accessibility',
  'app.skip': 'Skip to content',
  'app.loading': 'Loading …',
  'lang.button': 'Language',
  'lang.listLabel': 'Choose language',
  'lang.unreviewed': 'This translation has not yet been reviewed by a native speaker.',
  'nav.home': 'Home',
  'info.onlySwedish': 'This page is only in Swedish so far.',
  'nav.back': 'Back',
  'status.offline': 'You have no connection right now. You can still fill in and save.',

  'home.title': 'Hello!',
  'home.lead': 'What would you like to do now?',
  'home.progress': 'My progress',
  'home.progressHint': 'See your answers over time',
  'home.staff': 'For staff: sign in',
  'home.rateGroupSession': 'Rate today’s group session',
  'home.next': 'Next step',
  'followUp.title': 'How are things now?',
  'followUp.when': '{months} months since you finished',
  'followUp.lead': 'Two short questions about how things are now. Your answer goes to your team.',
  'followUp.statusQuestion': 'What do you mostly do now?',
  'followUp.incomeQuestion': 'What do you mostly live on now?',
  'followUp.missing': 'Choose an answer to both questions.',
  'followUp.save': 'Save the answer',
  'followUp.saved': 'Thank you! Your answer is saved.',
  'followUp.back': 'To the start page',
  'followUp.waiting': 'Next time we ask how things are: {date}.',
  'followUp.ended': 'The follow-up has ended. Thank you for your answers!',
  'followUp.stopTitle': 'Stop the follow-up',
  'followUp.stopLead':
    'It is up to you. If you stop, you get no more questions, and the phone is disconnected from the team.',
  'followUp.stop': 'Stop the questions',
  'followUp.stopped': 'You will get no more questions. Thank you!',
  'followUp.status.work': 'I work, without support',
  'followUp.status.subsidised_work': 'I work with support, for example a wage subsidy',
  'followUp.status.studies': 'I study',
  'followUp.status.af_programme': 'I am in a Public Employment Service programme',
  'followUp.status.job_seeking': 'I am looking for work',
  'followUp.status.sick_leave': 'I am on sick leave',
  'followUp.status.compensation': 'I have sickness or activity compensation',
  'followUp.status.other': 'Something else',
  'followUp.income.salary': 'Salary',
  'followUp.income.study_support': 'Student finance',
  'followUp.income.activity_support': 'Activity support or development allowance',
  'followUp.income.sickness_benefit': 'Sickness benefit',
  'followUp.income.compensation': 'Sickness or activity compensation',
  'followUp.income.financial_assistance': 'Financial assistance (social welfare)',
  'followUp.income.none': 'No income of my own',
  'followUp.income.other': 'Something else',
  'followUp.reminder': 'Add a reminder to your calendar',
  'questionnaire.gone': 'This questionnaire is no longer in use.',
  'questionnaire.saved': 'Thank you! Your answers are saved.',
  'questionnaire.onlySwedish': 'This questionnaire is only in Swedish.',
  'questionnaire.optional': 'You may skip a question you do not want to answer.',
  'questionnaire.missing': 'Answer at least one question.',
  'questionnaire.save': 'Save the answers',
  'questionnaire.more': 'Questions from your team',
  'reminder.title': 'A reminder in your calendar',
  'reminder.lead':
    'Stegvis sends no notifications. You can add a weekly reminder to your own calendar. It stays on your phone.',
  'reminder.day': 'Day',
  'reminder.time': 'Time',
  'reminder.download': 'Add to calendar',
  'reminder.summary': 'Rate in Stegvis',
  'reminder.description': 'How has your week been? Open Stegvis and rate.',
  'reminder.done': 'Open the file to add the reminder to your calendar.',
  'home.about': 'About the questions',
  'home.aboutLead': 'Who wrote the questions and what your answers are used for.',
  'about.use':
    'Your answers help you and your coach see how things are going and what helps. There are no right or wrong answers.',
  'home.more': 'More questions',

  'form.intro': 'Take the time you need. There are no right or wrong answers.',
  'form.next': 'Continue',
  'form.cancel': 'Cancel',
  'form.missingTitle.one': 'One answer is missing',
  'form.missingTitle.other': '{count} answers are missing',
  'form.missingItem': 'You have not marked the line for “{item}” yet.',
  'form.missingHelp': 'Tap the line where it fits for you. You can move the mark afterwards.',
  'form.goalMissing': 'Write your goal in a few words first.',
  'form.goalMissingHelp':
    'Write briefly what you want to reach, for example “go outside for a while every day”.',
  'form.missingAllHelp': 'Answer what is missing. Then you can go on.',
  'form.sessionCode': 'Code for the group session, if you got one',
  'form.sessionCodeHint': 'Six characters, for example K7PQM2.',
  'form.sessionCodeInvalid': 'The group session code is not right. It has six characters.',
  'form.leaveConfirm': 'You have not saved. Leave the page anyway?',

  'vas.unmarked': 'Not marked',
  'vas.valueText': '{value} of 10',
  'vas.lowEnd': 'Left end:',
  'vas.highEnd': 'Right end:',
  'vas.howTo': 'Tap or drag on the line. With a keyboard: the arrow keys.',
  'steps.howTo': 'Tap a number or the line.',

  'speak.read': 'Read aloud',
  'speak.readItem': 'Read “{item}” aloud',
  'speak.stop': 'Stop reading',
  'speak.none': 'Reading aloud is not available here: the phone has no voice for this language.',

  'draft.title': 'Continue where you were?',
  'draft.lead': 'You started answering “{title}” {time} but did not save.',
  'draft.resume': 'Continue where you were',
  'draft.discard': 'Start again',

  'goal.label': 'My goal',
  'goal.hint': 'Write in your own words what you want to reach.',

  'review.title': 'Is this right?',
  'review.lead': 'Here are your answers. You can change them before you save.',
  'review.total': 'Total',
  'review.valueOf': '{value} of {max}',
  'review.edit': 'Change',
  'review.save': 'Save',
  'review.saving': 'Saving …',
  'review.noteLabel': 'Note, if you like',
  'review.noteHint': 'For example what happened this week. At most {max} characters.',

  'note.share': 'My coach may read the note',
  'saved.title': 'Saved',
  'saved.lead': 'Thank you! Your answers are saved on this phone.',
  'saved.withdrawHelp': 'Saved by mistake? You can take the answer back within {hours} hours.',
  'saved.withdraw': 'Take the answer back',
  'saved.withdrawConfirm': 'Take the answer back? It will no longer count.',
  'saved.withdrawYes': 'Yes, take it back',
  'saved.withdrawNo': 'No, keep it',
  'saved.withdrawn': 'The answer has been taken back.',

  'error.quota':
    'The phone’s storage is full, so the answer could not be saved. Free some space and try again.',
  'error.unavailable':
    'This browser does not let Stegvis save anything here, for example in private mode. Open Stegvis in a normal tab.',
  'error.blocked':
    'Stegvis is open in another tab with an older version. Close the other tabs and try again.',
  'error.unknown': 'Something went wrong, so nothing was saved. Please try again.',
  'error.retry': 'Try again',

  'progress.title': 'My progress',
  'progress.lead': 'Here you see your saved answers.',
  'progress.empty': 'No answers yet. They show here once you have saved some.',
  'progress.reference': 'Where people who are doing fine often score',
  'progress.chartLabel': 'Chart: {title}. The same answers are in the table below the chart.',
  'progress.chartLoading': 'Loading the chart …',
  'progress.chartFailed': 'The chart could not be shown. The table has the same answers.',
  'progress.tableCaption': 'Your answers to “{title}”',
  'progress.colDate': 'Date',
  'progress.colTotal': 'Total',
  'progress.colValue': 'Answer',
  'progress.notesFor': 'Notes for the answer from {date}:',
  'progress.goal': 'Goal: {goal}',
  'progress.addNote': 'Add a note',
  'progress.noteFor': 'Note for the answer from {date}',
  'progress.saveNote': 'Save the note',
  'progress.noteSaved': 'The note is saved.',
  'progress.withdraw': 'Take back',
  'progress.withdrawn': 'Answers taken back do not count and are not shown here.',

  'sync.waiting.one': '1 answer is waiting to be sent.',
  'sync.waiting.other': '{count} answers are waiting to be sent.',
  'sync.allSent': 'Everything is sent to your team.',
  'sync.lastSent': 'Last sent {time}.',
  'sync.sending': 'Sending …',
  'sync.offline': 'They will be sent when you have a connection again.',
  'sync.retrying': 'Sending did not work just now. Stegvis will try again shortly.',
  'sync.notConnected':
    'This phone is not connected to your team. Your answers are kept on this phone only.',
  'sync.connect': 'Connect to your team',
  'sync.disconnected':
    'This phone is no longer connected to the team. Ask your coach for a new code.',
  'sync.closed': 'You have finished the programme, so new answers are not sent.',
  'sync.rejectedTitle.one': '1 answer could not be received',
  'sync.rejectedTitle.other': '{count} answers could not be received',
  'sync.rejected.future_date': 'The answer is dated in the future. Check the phone’s clock.',
  'sync.rejected.invalid_fact': 'The answer was not complete.',
  'sync.rejected.conflict': 'Another answer with the same number already exists.',
  'sync.rejected.other': 'The team could not accept the answer.',
  'sync.rejectedHelp': 'The answer stays on this phone. Show this to your coach.',
  'sync.waitingRejoin.one':
    '1 answer is waiting on the phone. It is sent when the phone is connected to the team.',
  'sync.waitingRejoin.other':
    '{count} answers are waiting on the phone. They are sent when the phone is connected to the team.',
  'offline.ready': 'Stegvis now works without a connection too.',

  'join.title': 'Connect to your team',
  'join.lead':
    'Type the code you got from your coach. You need a connection once to connect the phone.',
  'join.code': 'Code',
  'join.codeHint': 'Eight characters, for example K7PQ-M2XD.',
  'join.submit': 'Connect',
  'join.working': 'Connecting …',
  'join.joined': 'Done! This phone is connected to your team. Your answers are sent there.',
  'join.invalid': 'The code is wrong, already used or too old. Ask your coach for a new code.',
  'join.offline': 'You need a connection to connect the phone. Try again when you have one.',
  'join.rate_limited': 'Too many attempts. Wait a while and try again.',
  'join.error': 'Something went wrong. Please try again shortly.',
  'join.empty': 'Type the code first.',
  'join.already': 'This phone is already connected to your team.',

  'wording.neutral': 'The questions use Stegvis’ own neutral wording.',
  'wording.team': 'Wording: {name}.',
  'wording.licence': 'Licence: {holder}.',

  'update.available': 'A new version of Stegvis is available.',
  'update.now': 'Update now',
  'update.later': 'Later',
  'update.waitForm': 'The update waits until you have saved or cancelled.',

  'ios.title': 'Add Stegvis to your home screen',
  'ios.body':
    'On iPhone, Safari removes saved answers from sites not opened for 7 days. Add Stegvis to your home screen to keep your answers: tap the Share button and choose “Add to Home Screen”.',
  'ios.dismiss': 'I understand',
};

export const catalog: Catalog = {
  review: {
    status: 'unreviewed',
    note: 'Written by the Stegvis team, not yet read by a native speaker.',
  },
  ui,
  instruments: {
    ors: {
      title: 'How have you been?',
      prompt:
        'Think about the past week. Mark on each line how it has been. Left is bad, right is good.',
      when: 'Before the session',
      anchors: {
        low: 'Very bad',
        high: 'Very good',
      },
      items: {
        individual: {
          label: 'Me',
          hint: 'How I feel',
        },
        interpersonal: {
          label: 'Close relationships',
          hint: 'Family and people close to me',
        },
        social: {
          label: 'Life outside home',
          hint: 'Work, school, friends',
        },
        overall: {
          label: 'All in all',
          hint: 'How things feel overall',
        },
      },
    },
    srs: {
      title: 'How was the session?',
      prompt: 'Think about the session you just had. Mark on each line how well it suited you.',
      when: 'After the session',
      anchors: {
        low: 'Not at all',
        high: 'Completely',
      },
      items: {
        relationship: {
          label: 'The relationship',
          hint: 'Being listened to and respected',
        },
        goals: {
          label: 'What we talked about',
          hint: 'Goals and topics that mattered to me',
        },
        approach: {
          label: 'How we worked',
          hint: 'The way of working suited me',
        },
        overall: {
          label: 'All in all',
          hint: 'The session as a whole',
        },
      },
    },
    gsrs: {
      title: 'How was the group session?',
      prompt:
        'Think about the group session you just attended. Mark on each line how well it suited you.',
      when: 'After the group session',
      anchors: {
        low: 'Not at all',
        high: 'Completely',
      },
      items: {
        relationship: {
          label: 'Belonging',
          hint: 'With the leader and the group',
        },
        goals: {
          label: 'What we talked about',
          hint: 'Goals and topics that mattered to me',
        },
        approach: {
          label: 'How we worked',
          hint: 'The way of working suited me',
        },
        overall: {
          label: 'All in all',
          hint: 'The session as a whole',
        },
      },
    },
    scale: {
      title: 'My scale',
      prompt: '0 means as far from the goal as can be. 10 means you have reached the goal.',
      when: 'Whenever you like',
      anchors: {
        low: 'Far from the goal',
        high: 'Goal reached',
      },
      items: {
        goal: {
          label: 'Where are you now?',
        },
      },
    },
    compass: {
      title: 'Life compass',
      prompt:
        'How satisfied are you with these parts of life right now? 0 is not at all, 10 is fully.',
      when: 'At intake and follow-up',
      anchors: {
        low: 'Not at all satisfied',
        high: 'Fully satisfied',
      },
      items: {
        home: {
          label: 'Home and leisure',
        },
        relationships: {
          label: 'Relationships',
        },
        health: {
          label: 'Health',
        },
        work: {
          label: 'Work and education',
        },
      },
    },
  },
};
