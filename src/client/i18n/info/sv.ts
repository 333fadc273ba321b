/**
 * Swedish for the information pages (Mina uppgifter, personuppgifter, tillgänglighet):
 * loaded with those pages, not with a participant's first screen. {team}, {contact} and
 * {months} come from the team's settings.
 */
export const infoSv = {
  'info.back': 'Till startsidan',
  'mydata.title': 'Mina uppgifter',
  'mydata.intro':
    'Här ser du vad som finns sparat på den här telefonen. Det fungerar utan nät. Allt som teamet har sparat om dig får du som ett utdrag av din coach.',
  'mydata.connected': 'Telefonen är kopplad till ditt team med koden {code}, sedan {when}.',
  'mydata.notConnected': 'Telefonen är inte kopplad till något team. Svaren finns bara här.',
  'mydata.counts': 'På telefonen finns {ratings} svar och {notes} anteckningar.',
  'mydata.waiting': '{n} av dem väntar på att skickas till teamet.',
  'mydata.list': 'Dina svar',
  'mydata.when': 'När',
  'mydata.what': 'Vad',
  'mydata.total': 'Summa',
  'mydata.withdrawn': 'tagen tillbaka',
  'mydata.download': 'Ladda ner mina uppgifter (JSON)',
  'mydata.downloadHint':
    'En fil med allt som finns på telefonen. Spara den där bara du kommer åt den.',
  'mydata.none': 'Inga svar än.',
  'privacy.title': 'Dina personuppgifter i Stegvis',
  'privacy.easyLink': 'Läs en lättläst version',
  'privacy.plainLink': 'Läs hela texten',
  'privacy.who.h': 'Vem ansvarar?',
  'privacy.who.p': '{team} ansvarar för uppgifterna om dig i Stegvis. Så här når du dem: {contact}',
  'privacy.noContact': 'fråga din coach.',
  'privacy.what.h': 'Vad sparas?',
  'privacy.what.p':
    'En kod i stället för ditt namn. Om du vill: ett förnamn som bara teamet ser. Kön, födelseår, när du skrevs in och avslutades, vem som remitterade dig och din försörjning. Dina svar på frågorna (hur du har det, hur samtalen går och din egen skala), dina mål och dina anteckningar. Vad du gör och lever på när du börjar, slutar och vid uppföljningen efter avslut (om du vill följas upp), och dina svar på teamets frågeformulär.',
  'privacy.why.h': 'Varför?',
  'privacy.why.p':
    'För att du och din coach ska se hur det går för dig och prata om det, och för att teamet ska kunna följa upp sitt arbete. Uppgifterna används inte till något annat.',
  'privacy.sees.h': 'Vem ser uppgifterna?',
  'privacy.sees.p':
    'Din coach och personalen i ditt team. Anteckningar som du inte delar med coachen sparas också hos teamet, men personalen kan inte läsa dem i Stegvis. Styrgruppen och samordningsförbundet får bara siffror för många personer tillsammans, och aldrig siffror om så få att någon kan räknas ut. Varje gång personalen läser dina uppgifter loggas det.',
  'privacy.phone.h': 'På telefonen',
  'privacy.phone.p':
    'Dina svar sparas också på den här telefonen, så att appen fungerar utan nät. Ingen annan app eller tjänst får dem. Stegvis skickar inget till andra än ditt team.',
  'privacy.copy.h': 'Få se vad som finns sparat',
  'privacy.copy.p':
    'Du har rätt att få veta allt som finns sparat om dig. Be din coach om ett utdrag: där står också vilka som har läst dina uppgifter. Det som finns på telefonen ser du under Mina uppgifter.',
  'privacy.keep.h': 'Hur länge?',
  'privacy.keep.p':
    'Uppgifterna sparas medan du är med i teamet och {months} månader efter att du har avslutat. Sedan raderas de.',
  'privacy.rights.h': 'Dina rättigheter',
  'privacy.rights.p':
    'Du kan be om att fel uppgifter rättas. Du kan när som helst sluta svara. Är du inte nöjd med hur dina uppgifter hanteras kan du vända dig till Integritetsskyddsmyndigheten (IMY).',
  'easy.title': 'Dina uppgifter – lättläst',
  'easy.1': 'Du svarar på frågor i Stegvis.',
  'easy.2': 'Svaren sparas hos ditt team. De sparas också på din telefon.',
  'easy.3':
    'Du har en kod i stället för ditt namn. Teamet kan skriva ditt förnamn. Bara teamet ser det.',
  'easy.4': 'Din coach och ditt team kan se dina svar.',
  'easy.5': 'Skriver du en anteckning bara för dig kan coachen inte läsa den.',
  'easy.6': 'Andra får bara se siffror för många personer tillsammans. Ingen kan se att det är du.',
  'easy.7': 'Du kan be din coach om att få se allt som finns sparat om dig.',
  'easy.8': 'Dina uppgifter raderas {months} månader efter att du slutat.',
  'easy.9': 'Frågor? Prata med din coach. Du kan också nå teamet så här: {contact}',
  'easy.9.noContact': 'Frågor? Prata med din coach.',
  'a11y.title': 'Tillgänglighetsredogörelse',
  'a11y.intro':
    '{team} står bakom Stegvis för sina deltagare. Vi vill att så många som möjligt ska kunna använda appen. Här beskriver vi hur Stegvis uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.',
  'a11y.status.h': 'Hur tillgänglig är Stegvis?',
  'a11y.status.p':
    'Stegvis är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
  'a11y.gaps.h': 'Innehåll som inte är tillgängligt',
  'a11y.gap.languages':
    'Appen finns bara på svenska och engelska. Arabiska, somaliska, tigrinska och dari saknas ännu.',
  'a11y.gap.readAloud': 'Frågorna kan inte läsas upp av appen själv. Skärmläsare fungerar.',
  'a11y.gap.easyRead': 'Bara informationen om personuppgifter finns på lättläst svenska.',
  'a11y.gap.charts':
    'Diagrammen över din utveckling har en tabell med samma uppgifter bredvid sig, men diagrammen själva går inte att läsa med skärmläsare.',
  'a11y.help.h': 'Om du inte kan använda delar av appen',
  'a11y.help.p':
    'Prata med din coach: du kan alltid svara på papper eller i samtalet i stället. Du når teamet så här: {contact}',
  'a11y.report.h': 'Rapportera brister',
  'a11y.report.p':
    'Berätta för teamet om du stöter på något som inte fungerar för dig, så försöker vi rätta det. {contact}',
  'a11y.supervision.h': 'Tillsyn',
  'a11y.supervision.p':
    'Myndigheten för digital förvaltning (DIGG) har ansvar för tillsynen över lagen. Är du inte nöjd med hur vi hanterar dina synpunkter kan du anmäla det till DIGG på digg.se.',
  'a11y.tested.h': 'Hur vi har testat',
  'a11y.gap.largeText':
    'Med 200 % textstorlek bryts en del ord mitt i, och på den smalaste skärmen måste några tabeller rullas i sidled.',
  'a11y.tested.p':
    'Varje skärm testas automatiskt med verktyget axe-core mot WCAG 2.2 nivå AA, på telefon- och datorbredd, och med tangentbord. Redogörelsen skrevs den 3 december 2026 och ses över när appen ändras.',
} as const;

export type InfoKey = keyof typeof infoSv;
