/** Swedish, the default. Plain words, short sentences: many readers have Swedish as a second language. */
export const sv = {
  'app.name': 'Stegvis',
  'app.skip': 'Hoppa till innehållet',
  'app.loading': 'Laddar …',
  'lang.switch': 'English',
  'lang.switchLabel': 'Change language to English',
  'nav.home': 'Till start',
  'nav.back': 'Tillbaka',
  'status.offline': 'Du har inget nät just nu. Du kan ändå fylla i och spara.',

  'home.title': 'Hej!',
  'home.lead': 'Vad vill du göra nu?',
  'home.progress': 'Min utveckling',
  'home.progressHint': 'Se dina svar över tid',
  'home.more': 'Fler frågor',

  'form.intro': 'Ta den tid du behöver. Det finns inga rätt eller fel svar.',
  'form.next': 'Gå vidare',
  'form.cancel': 'Avbryt',
  'form.missingTitle.one': 'Ett svar saknas',
  'form.missingTitle.other': '{count} svar saknas',
  'form.missingItem': 'Du har inte markerat på linjen för ”{item}” ännu.',
  'form.missingHelp': 'Tryck på linjen där det stämmer för dig. Du kan flytta markeringen efteråt.',
  'form.goalMissing': 'Skriv ditt mål med några ord först.',
  'form.leaveConfirm': 'Du har inte sparat. Vill du lämna sidan ändå?',

  'vas.unmarked': 'Inte markerad',
  'vas.valueText': '{value} av 10',
  'vas.lowEnd': 'Vänster:',
  'vas.highEnd': 'Höger:',
  'vas.howTo': 'Tryck eller dra på linjen. Med tangentbord: piltangenterna.',

  'goal.label': 'Mitt mål',
  'goal.hint': 'Skriv med egna ord vad du vill nå.',

  'review.title': 'Stämmer det här?',
  'review.lead': 'Här är dina svar. Du kan ändra innan du sparar.',
  'review.total': 'Summa',
  'review.valueOf': '{value} av {max}',
  'review.edit': 'Ändra',
  'review.save': 'Spara',
  'review.saving': 'Sparar …',
  'review.noteLabel': 'Anteckning, om du vill',
  'review.noteHint': 'Till exempel vad som hände den här veckan. Max {max} tecken.',

  'saved.title': 'Sparat',
  'saved.lead': 'Tack! Dina svar är sparade i telefonen.',
  'saved.withdrawHelp': 'Sparade du av misstag? Du kan ta tillbaka svaret inom {hours} timmar.',
  'saved.withdraw': 'Ta tillbaka svaret',
  'saved.withdrawConfirm': 'Vill du ta tillbaka svaret? Det räknas då inte längre.',
  'saved.withdrawYes': 'Ja, ta tillbaka',
  'saved.withdrawNo': 'Nej, behåll det',
  'saved.withdrawn': 'Svaret är tillbakataget.',

  'error.quota':
    'Telefonens minne är fullt, så svaret kunde inte sparas. Frigör lite utrymme och försök igen.',
  'error.unavailable':
    'Webbläsaren låter inte Stegvis spara något här, till exempel i privat läge. Öppna Stegvis i en vanlig flik.',
  'error.blocked':
    'Stegvis är öppet i en annan flik med en äldre version. Stäng de andra flikarna och försök igen.',
  'error.unknown': 'Något gick fel, så ingenting sparades. Försök igen.',
  'error.retry': 'Försök igen',

  'progress.title': 'Min utveckling',
  'progress.lead': 'Här ser du dina sparade svar.',
  'progress.empty': 'Inga svar ännu. De visas här när du har sparat något.',
  'progress.reference': 'Där många som mår bra brukar hamna',
  'progress.chartLabel': 'Diagram: {title}. Samma svar finns i tabellen under diagrammet.',
  'progress.chartLoading': 'Diagrammet laddas …',
  'progress.chartFailed': 'Diagrammet kunde inte visas. Tabellen har samma svar.',
  'progress.tableCaption': '{title}: dina svar',
  'progress.colDate': 'Datum',
  'progress.colTotal': 'Summa',
  'progress.colValue': 'Svar',
  'progress.notesFor': 'Anteckningar till svaret från {date}:',
  'progress.goal': 'Mål: {goal}',
  'progress.addNote': 'Lägg till anteckning',
  'progress.noteFor': 'Anteckning till svaret från {date}',
  'progress.saveNote': 'Spara anteckningen',
  'progress.noteSaved': 'Anteckningen är sparad.',
  'progress.withdraw': 'Ta tillbaka',
  'progress.withdrawn': 'Tillbakatagna svar räknas inte och visas inte här.',

  'wording.neutral': 'Frågorna är Stegvis egna neutrala formuleringar.',
  'wording.team': 'Formulering: {name}',

  'update.available': 'Det finns en ny version av Stegvis.',
  'update.now': 'Uppdatera nu',
  'update.later': 'Senare',
  'update.waitForm': 'Uppdateringen väntar tills du har sparat eller avbrutit.',

  'ios.title': 'Lägg Stegvis på hemskärmen',
  'ios.body':
    'På iPhone tar Safari bort sparade svar från sidor som inte öppnats på 7 dagar. Lägg Stegvis på hemskärmen så finns dina svar kvar: tryck på Dela-knappen och välj ”Lägg till på hemskärmen”.',
  'ios.dismiss': 'Jag förstår',
} as const;

export type MessageKey = keyof typeof sv;
