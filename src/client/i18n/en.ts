import type { MessageKey } from './sv';

/** English, complete: every key of the Swedish catalog, checked by the type. */
export const en: Record<MessageKey, string> = {
  'app.name': 'Stegvis',
  'app.skip': 'Skip to content',
  'app.loading': 'Loading …',
  'lang.switch': 'Svenska',
  'lang.switchLabel': 'Byt språk till svenska',
  'nav.home': 'Home',
  'nav.back': 'Back',
  'status.offline': 'You have no connection right now. You can still fill in and save.',

  'home.title': 'Hello!',
  'home.lead': 'What would you like to do now?',
  'home.progress': 'My progress',
  'home.progressHint': 'See your answers over time',
  'home.more': 'More questions',

  'form.intro': 'Take the time you need. There are no right or wrong answers.',
  'form.next': 'Continue',
  'form.cancel': 'Cancel',
  'form.missingTitle.one': 'One answer is missing',
  'form.missingTitle.other': '{count} answers are missing',
  'form.missingItem': 'You have not marked the line for “{item}” yet.',
  'form.missingHelp': 'Tap the line where it fits for you. You can move the mark afterwards.',
  'form.goalMissing': 'Write your goal in a few words first.',
  'form.leaveConfirm': 'You have not saved. Leave the page anyway?',

  'vas.unmarked': 'Not marked',
  'vas.valueText': '{value} of 10',
  'vas.lowEnd': 'Left end:',
  'vas.highEnd': 'Right end:',
  'vas.howTo': 'Tap or drag on the line. With a keyboard: the arrow keys.',

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
  'progress.tableCaption': '{title}: your answers',
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

  'wording.neutral': 'The questions use Stegvis’ own neutral wording.',
  'wording.team': 'Wording: {name}',

  'update.available': 'A new version of Stegvis is available.',
  'update.now': 'Update now',
  'update.later': 'Later',
  'update.waitForm': 'The update waits until you have saved or cancelled.',

  'ios.title': 'Add Stegvis to your home screen',
  'ios.body':
    'On iPhone, Safari removes saved answers from sites not opened for 7 days. Add Stegvis to your home screen to keep your answers: tap the Share button and choose “Add to Home Screen”.',
  'ios.dismiss': 'I understand',
};
