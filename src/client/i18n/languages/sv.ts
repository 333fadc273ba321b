import type { Catalog } from '../catalog';

/**
 * Swedish, the default and the source every other catalog is typed against. Plain words,
 * short sentences: many readers have Swedish as a second language. Long compound words carry
 * a soft hyphen (\u00AD) where they may break, for 200 % text on a 320 px screen in browsers
 * without a hyphenation dictionary for the language.
 */
export const svUi = {
  'app.name': 'Stegvis',
  'footer.label': 'Om Stegvis',
  'footer.myData': 'Mina uppgifter',
  'footer.privacy': 'Person\u00ADuppgifter',
  'footer.accessibility': 'Tillgänglig\u00ADhet',
  'app.skip': 'Hoppa till innehållet',
  'app.loading': 'Laddar …',
  'lang.button': 'Språk',
  'lang.listLabel': 'Välj språk',
  'lang.unreviewed':
    'Den här över\u00ADsättningen har ännu inte granskats av någon som har språket som modersmål.',
  'nav.home': 'Till start',
  'info.onlySwedish': 'Den här sidan finns ännu bara på svenska.',
  'nav.back': 'Tillbaka',
  'status.offline': 'Du har inget nät just nu. Du kan ändå fylla i och spara.',

  'home.title': 'Hej!',
  'home.lead': 'Vad vill du göra nu?',
  'home.progress': 'Min utveckling',
  'home.progressHint': 'Se dina svar över tid',
  'home.staff': 'För personal: logga in',
  'home.rateGroupSession': 'Skatta dagens gruppträff',
  'home.next': 'Nästa steg',
  'followUp.title': 'Hur går det nu?',
  'followUp.when': '{months} månader sedan du slutade',
  'followUp.lead': 'Två korta frågor om hur du har det nu. Ditt svar går till ditt team.',
  'followUp.statusQuestion': 'Vad gör du nu, mest?',
  'followUp.incomeQuestion': 'Vad lever du mest på nu?',
  'followUp.missing': 'Välj ett svar på båda frågorna.',
  'followUp.save': 'Spara svaret',
  'followUp.saved': 'Tack! Ditt svar är sparat.',
  'followUp.back': 'Till startsidan',
  'followUp.waiting': 'Nästa gång vi frågar hur det går: {date}.',
  'followUp.ended': 'Uppföljningen är avslutad. Tack för dina svar!',
  'followUp.stopTitle': 'Sluta med uppföljningen',
  'followUp.stopLead':
    'Du bestämmer själv. Om du slutar får du inga fler frågor, och telefonen kopplas bort från teamet.',
  'followUp.stop': 'Sluta få frågor',
  'followUp.stopped': 'Du får inga fler frågor. Tack!',
  'followUp.status.work': 'Jag arbetar, utan stöd',
  'followUp.status.subsidised_work': 'Jag arbetar med stöd, till exempel lönebidrag',
  'followUp.status.studies': 'Jag studerar',
  'followUp.status.af_programme': 'Jag är i ett program hos Arbetsförmedlingen',
  'followUp.status.job_seeking': 'Jag söker arbete',
  'followUp.status.sick_leave': 'Jag är sjukskriven',
  'followUp.status.compensation': 'Jag har sjuk- eller aktivitetsersättning',
  'followUp.status.other': 'Något annat',
  'followUp.income.salary': 'Lön',
  'followUp.income.study_support': 'Studiemedel',
  'followUp.income.activity_support': 'Aktivitetsstöd eller utvecklingsersättning',
  'followUp.income.sickness_benefit': 'Sjukpenning',
  'followUp.income.compensation': 'Sjuk- eller aktivitetsersättning',
  'followUp.income.financial_assistance': 'Ekonomiskt bistånd (socialbidrag)',
  'followUp.income.none': 'Ingen egen inkomst',
  'followUp.income.other': 'Något annat',
  'followUp.reminder': 'Lägg in en påminnelse i kalendern',
  'questionnaire.gone': 'Det här frågeformuläret används inte längre.',
  'questionnaire.saved': 'Tack! Dina svar är sparade.',
  'questionnaire.onlySwedish': 'Det här frågeformuläret finns bara på svenska.',
  'questionnaire.optional': 'Du kan hoppa över en fråga du inte vill svara på.',
  'questionnaire.missing': 'Svara på minst en fråga.',
  'questionnaire.save': 'Spara svaren',
  'questionnaire.more': 'Frågor från ditt team',
  'reminder.title': 'Påminnelse i din kalender',
  'reminder.lead':
    'Stegvis skickar inga aviseringar. Du kan lägga in en påminnelse varje vecka i din egen kalender. Den finns bara i din telefon.',
  'reminder.day': 'Dag',
  'reminder.time': 'Tid',
  'reminder.download': 'Lägg till i kalendern',
  'reminder.summary': 'Skatta i Stegvis',
  'reminder.description': 'Hur har du haft det den här veckan? Öppna Stegvis och skatta.',
  'reminder.done': 'Öppna filen för att lägga in påminnelsen i kalendern.',
  'home.about': 'Om frågorna',
  'home.aboutLead': 'Här står vem som har skrivit frågorna och vad svaren används till.',
  'about.use':
    'Dina svar hjälper dig och din coach att se hur det går och vad som hjälper. Det finns inga rätt eller fel svar.',
  'home.more': 'Fler frågor',

  'form.intro': 'Ta den tid du behöver. Det finns inga rätt eller fel svar.',
  'form.next': 'Gå vidare',
  'form.cancel': 'Avbryt',
  'form.missingTitle.one': 'Ett svar saknas',
  'form.missingTitle.other': '{count} svar saknas',
  'form.missingItem': 'Du har inte markerat på linjen för ”{item}” ännu.',
  'form.missingHelp': 'Tryck på linjen där det stämmer för dig. Du kan flytta markeringen efteråt.',
  'form.goalMissing': 'Skriv ditt mål med några ord först.',
  'form.goalMissingHelp': 'Skriv kort vad du vill nå, till exempel ”gå ut en stund varje dag”.',
  'form.missingAllHelp': 'Svara på det som saknas. Sedan kan du gå vidare.',
  'form.sessionCode': 'Kod till gruppträffen, om du har fått en',
  'form.sessionCodeHint': 'Sex tecken, till exempel K7PQM2.',
  'form.sessionCodeInvalid': 'Koden till gruppträffen stämmer inte. Den har sex tecken.',
  'form.leaveConfirm': 'Du har inte sparat. Vill du lämna sidan ändå?',

  'vas.unmarked': 'Inte markerad',
  'vas.valueText': '{value} av 10',
  'vas.lowEnd': 'Vänster:',
  'vas.highEnd': 'Höger:',
  'vas.howTo': 'Tryck eller dra på linjen. Med tangentbord: pil\u00ADtangenterna.',
  'steps.howTo': 'Tryck på en siffra eller på linjen.',

  'speak.read': 'Läs upp',
  'speak.readItem': 'Läs upp ”{item}”',
  'speak.stop': 'Sluta läsa',
  'speak.none': 'Uppläsning finns inte här: telefonen har ingen röst för det här språket.',

  'draft.title': 'Fortsätt där du var?',
  'draft.lead': 'Du började svara på ”{title}” {time}, men sparade inte.',
  'draft.resume': 'Fortsätt där du var',
  'draft.discard': 'Börja om',

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

  'note.share': 'Min coach får läsa anteck\u00ADningen',
  'saved.title': 'Sparat',
  'saved.lead': 'Tack! Dina svar är sparade i telefonen.',
  'saved.withdrawHelp': 'Sparade du av misstag? Du kan ta tillbaka svaret inom {hours} timmar.',
  'saved.withdraw': 'Ta tillbaka svaret',
  'saved.withdrawConfirm': 'Vill du ta tillbaka svaret? Det räknas då inte längre.',
  'saved.withdrawYes': 'Ja, ta tillbaka',
  'saved.withdrawNo': 'Nej, behåll det',
  'saved.withdrawn': 'Svaret är tillbaka\u00ADtaget.',

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
  'progress.tableCaption': 'Dina svar på ”{title}”',
  'progress.colDate': 'Datum',
  'progress.colTotal': 'Summa',
  'progress.colValue': 'Svar',
  'progress.notesFor': 'Anteck\u00ADningar till svaret från {date}:',
  'progress.goal': 'Mål: {goal}',
  'progress.addNote': 'Lägg till anteckning',
  'progress.noteFor': 'Anteckning till svaret från {date}',
  'progress.saveNote': 'Spara anteck\u00ADningen',
  'progress.noteSaved': 'Anteck\u00ADningen är sparad.',
  'progress.withdraw': 'Ta tillbaka',
  'progress.withdrawn': 'Tillbaka\u00ADtagna svar räknas inte och visas inte här.',

  'sync.waiting.one': '1 svar väntar på att skickas.',
  'sync.waiting.other': '{count} svar väntar på att skickas.',
  'sync.allSent': 'Allt är skickat till ditt team.',
  'sync.lastSent': 'Senast skickat {time}.',
  'sync.sending': 'Skickar …',
  'sync.offline': 'De skickas när du har nät igen.',
  'sync.retrying': 'Det gick inte att skicka just nu. Stegvis försöker igen om en stund.',
  'sync.notConnected':
    'Telefonen är inte kopplad till ditt team. Dina svar sparas bara här i telefonen.',
  'sync.connect': 'Koppla till ditt team',
  'sync.disconnected': 'Telefonen är inte längre kopplad till teamet. Be din coach om en ny kod.',
  'sync.closed': 'Du har avslutat programmet, så nya svar skickas inte.',
  'sync.rejectedTitle.one': '1 svar kunde inte tas emot',
  'sync.rejectedTitle.other': '{count} svar kunde inte tas emot',
  'sync.rejected.future_date': 'Svaret är daterat i framtiden. Kontrollera telefonens klocka.',
  'sync.rejected.invalid_fact': 'Svaret var inte komplett.',
  'sync.rejected.conflict': 'Ett annat svar med samma nummer finns redan.',
  'sync.rejected.other': 'Teamet kunde inte ta emot svaret.',
  'sync.rejectedHelp': 'Svaret finns kvar i telefonen. Visa det här för din coach.',
  'sync.waitingRejoin.one':
    '1 svar väntar i telefonen. Det skickas när telefonen är kopplad till teamet.',
  'sync.waitingRejoin.other':
    '{count} svar väntar i telefonen. De skickas när telefonen är kopplad till teamet.',
  'offline.ready': 'Nu fungerar Stegvis även utan nät.',

  'join.title': 'Koppla till ditt team',
  'join.lead': 'Skriv koden du fick av din coach. Du behöver nät en gång för att koppla telefonen.',
  'join.code': 'Kod',
  'join.codeHint': 'Åtta tecken, till exempel K7PQ-M2XD.',
  'join.submit': 'Koppla',
  'join.working': 'Kopplar …',
  'join.joined': 'Klart! Telefonen är kopplad till ditt team. Dina svar skickas dit.',
  'join.invalid':
    'Koden stämmer inte, är redan använd eller för gammal. Be din coach om en ny kod.',
  'join.offline': 'Du behöver nät för att koppla telefonen. Försök igen när du har nät.',
  'join.rate_limited': 'För många försök. Vänta en stund och försök igen.',
  'join.error': 'Något gick fel. Försök igen om en stund.',
  'join.empty': 'Skriv koden först.',
  'join.already': 'Telefonen är redan kopplad till ditt team.',

  'wording.neutral': 'Frågorna är Stegvis egna neutrala formuleringar.',
  'wording.team': 'Formulering: {name}.',
  'wording.licence': 'Licens: {holder}.',

  'update.available': 'Det finns en ny version av Stegvis.',
  'update.now': 'Uppdatera nu',
  'update.later': 'Senare',
  'update.waitForm': 'Uppdateringen väntar tills du har sparat eller avbrutit.',

  'ios.title': 'Lägg Stegvis på hemskärmen',
  'ios.body':
    'På iPhone tar Safari bort sparade svar från sidor som inte öppnats på 7 dagar. Lägg Stegvis på hemskärmen så finns dina svar kvar: tryck på Dela-knappen och välj ”Lägg till på hemskärmen”.',
  'ios.dismiss': 'Jag förstår',
} as const;

/** Stegvis' own neutral wording of each instrument (a team may load licensed wording). */
export const svInstruments = {
  ors: {
    title: 'Hur har du haft det?',
    prompt:
      'Tänk på den senaste veckan. Markera på varje linje hur det har varit. Vänster är dåligt, höger är bra.',
    when: 'Före samtalet',
    anchors: {
      low: 'Mycket dåligt',
      high: 'Mycket bra',
    },
    items: {
      individual: {
        label: 'Jag själv',
        hint: 'Hur jag mår',
      },
      interpersonal: {
        label: 'Nära relationer',
        hint: 'Familj och de som står mig nära',
      },
      social: {
        label: 'Vardagen utanför hemmet',
        hint: 'Arbete, skola, vänner',
      },
      overall: {
        label: 'Allt som allt',
        hint: 'Hur det känns i stort',
      },
    },
  },
  srs: {
    title: 'Hur var samtalet?',
    prompt: 'Tänk på samtalet du just hade. Markera på varje linje hur det passade dig.',
    when: 'Efter samtalet',
    anchors: {
      low: 'Inte alls',
      high: 'Helt och hållet',
    },
    items: {
      relationship: {
        label: 'Relationen',
        hint: 'Att bli lyssnad på och respekterad',
      },
      goals: {
        label: 'Det vi pratade om',
        hint: 'Mål och ämnen som var viktiga för mig',
      },
      approach: {
        label: 'Sättet vi jobbade på',
        hint: 'Arbetssättet passade mig',
      },
      overall: {
        label: 'Allt som allt',
        hint: 'Samtalet som helhet',
      },
    },
  },
  gsrs: {
    title: 'Hur var grupp\u00ADträffen?',
    prompt: 'Tänk på gruppträffen du just var på. Markera på varje linje hur den passade dig.',
    when: 'Efter gruppträffen',
    anchors: {
      low: 'Inte alls',
      high: 'Helt och hållet',
    },
    items: {
      relationship: {
        label: 'Gemen\u00ADskapen',
        hint: 'Med ledaren och gruppen',
      },
      goals: {
        label: 'Det vi pratade om',
        hint: 'Mål och ämnen som var viktiga för mig',
      },
      approach: {
        label: 'Sättet vi jobbade på',
        hint: 'Arbetssättet passade mig',
      },
      overall: {
        label: 'Allt som allt',
        hint: 'Träffen som helhet',
      },
    },
  },
  scale: {
    title: 'Min skala',
    prompt: '0 betyder så långt från målet som det går. 10 betyder att du har nått målet.',
    when: 'När du vill',
    anchors: {
      low: 'Långt från målet',
      high: 'Målet är nått',
    },
    items: {
      goal: {
        label: 'Var är du nu?',
      },
    },
  },
  compass: {
    title: 'Livs\u00ADkompassen',
    prompt: 'Hur nöjd är du med de här delarna av livet just nu? 0 är inte alls, 10 är helt nöjd.',
    when: 'Vid start och uppföljning',
    anchors: {
      low: 'Inte alls nöjd',
      high: 'Helt nöjd',
    },
    items: {
      home: {
        label: 'Boende och fritid',
      },
      relationships: {
        label: 'Relationer',
      },
      health: {
        label: 'Hälsa',
      },
      work: {
        label: 'Arbete och studier',
      },
    },
  },
} as const;

export type ParticipantKey = keyof typeof svUi;

export const catalog: Catalog = {
  review: { status: 'source' },
  ui: svUi,
  instruments: svInstruments,
};
