import type { Catalog, UiStrings } from '../catalog';

/** Somali (af-Soomaali), plain words and short sentences. */
const ui: UiStrings = {
  'app.name': 'Stegvis',
  'footer.label': 'Ku saabsan Stegvis',
  'footer.myData': 'Xogtayda',
  'footer.privacy': 'Xogta shakhsiga',
  'footer.accessibility': 'Helitaanka',
  'app.skip': 'U gudub nuxurka',
  'app.loading': 'Waa la soo rarayaa …',
  'lang.button': 'Luqadda',
  'lang.listLabel': 'Dooro luqadda',
  'lang.unreviewed': 'Turjumaad\u00ADdan weli ma eegin qof afkiisa hooyo yahay Soomaali.',
  'nav.home': 'Bilowga',
  'info.onlySwedish': 'Boggan wuxuu hadda ku qoran yahay oo keliya af Iswiidhish.',
  'nav.back': 'Dib u noqo',
  'status.offline': 'Hadda internet ma lihid. Weli waad buuxin kartaa oo kaydin kartaa.',

  'home.title': 'Soo dhawoow!',
  'home.lead': 'Maxaad hadda rabtaa inaad samayso?',
  'home.progress': 'Horu\u00ADmarkayga',
  'home.progressHint': 'Arag jawaaba\u00ADhaaga waqti ka dib',
  'home.staff': 'Shaqaalaha: gal',
  'home.rateGroupSession': 'Qiimee kulanka kooxda maanta',
  'home.next': 'Tallaabada xigta',
  'followUp.title': 'Sidee ayay hadda kuu socotaa?',
  'followUp.when': '{months} bilood ayaa ka soo wareegay markaad dhammeysay',
  'followUp.lead':
    'Laba su’aalood oo gaagaaban oo ku saabsan sida aad hadda tahay. Jawaabtaadu waxay gaartaa kooxdaada.',
  'followUp.statusQuestion': 'Maxaad hadda inta badan qabataa?',
  'followUp.incomeQuestion': 'Maxaad hadda inta badan ku noolaataa?',
  'followUp.missing': 'Labada su’aalood mid kasta jawaab u dooro.',
  'followUp.save': 'Kaydi jawaabta',
  'followUp.saved': 'Mahadsanid! Jawaabtaada waa la kaydiyay.',
  'followUp.back': 'Bogga hore',
  'followUp.waiting': 'Marka xigta ee aan ku weydiineyno sida ay kuu socoto: {date}.',
  'followUp.ended': 'La-socodka waa dhammaaday. Waad ku mahadsan tahay jawaabahaaga!',
  'followUp.stopTitle': 'Jooji la-socodka',
  'followUp.stopLead':
    'Adiga ayaa go’aamiya. Haddii aad joojiso, su’aalo kale ma heli doontid, taleefankana waa laga goynayaa kooxda.',
  'followUp.stop': 'Jooji su’aalaha',
  'followUp.stopped': 'Su’aalo kale ma heli doontid. Mahadsanid!',
  'followUp.status.work': 'Waan shaqeeyaa, taageero la’aan',
  'followUp.status.subsidised_work': 'Waxaan shaqeeyaa taageero, tusaale ahaan kaalmo mushahar',
  'followUp.status.studies': 'Waan wax bartaa',
  'followUp.status.af_programme': 'Waxaan ku jiraa barnaamij Arbetsförmedlingen',
  'followUp.status.job_seeking': 'Shaqo ayaan raadinayaa',
  'followUp.status.sick_leave': 'Fasax jirro ayaan ku jiraa',
  'followUp.status.compensation': 'Waxaan helaa magdhow jirro ama magdhow waxqabad',
  'followUp.status.other': 'Wax kale',
  'followUp.income.salary': 'Mushahar',
  'followUp.income.study_support': 'Kaalmada waxbarashada',
  'followUp.income.activity_support': 'Kaalmada waxqabadka ama magdhowga horumarinta',
  'followUp.income.sickness_benefit': 'Lacagta jirrada',
  'followUp.income.compensation': 'Magdhow jirro ama magdhow waxqabad',
  'followUp.income.financial_assistance': 'Kaalmada bulshada',
  'followUp.income.none': 'Dakhli aan anigu leeyahay ma jiro',
  'followUp.income.other': 'Wax kale',
  'followUp.reminder': 'Ku dar xusuusin kalandarkaaga',
  'questionnaire.gone': 'Su’aalahan lama isticmaalo mar dambe.',
  'questionnaire.saved': 'Mahadsanid! Jawaabahaaga waa la kaydiyay.',
  'questionnaire.onlySwedish': 'Su’aalahan waxay ku qoran yihiin iswiidhish oo keliya.',
  'questionnaire.optional': 'Waad ka boodi kartaa su’aal aadan doonayn inaad ka jawaabto.',
  'questionnaire.missing': 'Ugu yaraan hal su’aal ka jawaab.',
  'questionnaire.save': 'Kaydi jawaabaha',
  'questionnaire.more': 'Su’aalo ka yimid kooxdaada',
  'reminder.title': 'Xusuusin kalandarkaaga ah',
  'reminder.lead':
    'Stegvis ma diro ogeysiisyo. Waxaad ku dari kartaa xusuusin toddobaadle ah kalandarkaaga. Waxay ku jirtaa taleefankaaga oo keliya.',
  'reminder.day': 'Maalin',
  'reminder.time': 'Waqti',
  'reminder.download': 'Ku dar kalandarka',
  'reminder.summary': 'Ku qiimee Stegvis',
  'reminder.description': 'Sidee buu kuu ahaa toddobaadkan? Fur Stegvis oo qiimee.',
  'reminder.done': 'Fur faylka si xusuusinta loogu daro kalandarkaaga.',
  'home.about': 'Ku saabsan su’aalaha',
  'home.aboutLead': 'Cidda qortay su’aalaha iyo waxa jawaaba\u00ADhaaga loo isticmaalo.',
  'about.use':
    'Jawaaba\u00ADhaagu waxay kaa caawinayaan adiga iyo tababara\u00ADhaaga inaad aragtaan sida ay wax u socdaan iyo waxa caawiya. Ma jiraan jawaabo sax ah ama khalad ah.',
  'home.more': 'Su’aalo kale',

  'form.intro': 'Qaado waqtiga aad u baahan tahay. Ma jiraan jawaabo sax ah ama khalad ah.',
  'form.next': 'Sii wad',
  'form.cancel': 'Jooji',
  'form.missingTitle.one': 'Hal jawaab ayaa maqan',
  'form.missingTitle.other': '{count} jawaabood ayaa maqan',
  'form.missingItem': 'Weli ma calaamadin xarriiqda “{item}”.',
  'form.missingHelp':
    'Taabo xarriiqda meesha kugu habboon. Calaamadda waad dhaqaajin kartaa kadib.',
  'form.goalMissing': 'Marka hore ku qor hadafkaaga dhowr erey.',
  'form.goalMissingHelp':
    'Si kooban u qor waxa aad rabto inaad gaarto, tusaale “inaan maalin walba wax yar dibadda u baxo”.',
  'form.missingAllHelp': 'Ka jawaab waxa maqan. Kadibna waad sii wadi kartaa.',
  'form.sessionCode': 'Koodhka kulanka kooxda, haddii lagu siiyay',
  'form.sessionCodeHint': 'Lix xaraf, tusaale K7PQM2.',
  'form.sessionCodeInvalid': 'Koodhka kulanka kooxda sax maaha. Wuxuu leeyahay lix xaraf.',
  'form.leaveConfirm': 'Ma aadan kaydin. Ma rabtaa inaad bogga ka baxdo?',

  'vas.unmarked': 'Lama calaamadin',
  'vas.valueText': '{value} ka mid ah 10',
  'vas.lowEnd': 'Bidix:',
  'vas.highEnd': 'Midig:',
  'vas.howTo': 'Taabo ama jiid xarriiqda. Kiiboodhka: furayaasha fallaadha.',
  'steps.howTo': 'Taabo lambar ama xarriiqda.',

  'speak.read': 'Dhageyso',
  'speak.readItem': 'Dhageyso “{item}”',
  'speak.stop': 'Jooji akhriska',
  'speak.none': 'Akhris cod dheer halkan lagama heli karo: taleefanku cod uma laha luqaddan.',

  'draft.title': 'Ma ka sii wadaysaa meeshii aad joogtay?',
  'draft.lead': 'Waxaad bilowday inaad ka jawaabto “{title}” {time}, laakiin ma aadan kaydin.',
  'draft.resume': 'Ka sii wad meeshii aad joogtay',
  'draft.discard': 'Dib u bilow',

  'goal.label': 'Hadafkayga',
  'goal.hint': 'Ereyadaada ku qor waxa aad rabto inaad gaarto.',

  'review.title': 'Tani ma sax baa?',
  'review.lead': 'Kuwani waa jawaaba\u00ADhaaga. Waad beddeli kartaa intaadan kaydin.',
  'review.total': 'Wadarta',
  'review.valueOf': '{value} ka mid ah {max}',
  'review.edit': 'Beddel',
  'review.save': 'Kaydi',
  'review.saving': 'Waa la kaydinayaa …',
  'review.noteLabel': 'Qoraal, haddii aad rabto',
  'review.noteHint': 'Tusaale waxa dhacay toddobaad\u00ADkan. Ugu badnaan {max} xaraf.',

  'note.share': 'Tababara\u00ADhaygu wuu akhrin karaa qoraalka',
  'saved.title': 'Waa la kaydiyay',
  'saved.lead': 'Mahadsanid! Jawaaba\u00ADhaaga waxaa lagu kaydiyay taleefanka.',
  'saved.withdrawHelp':
    'Si khalad ah ma u kaydisay? Jawaabta waad dib u qaadan kartaa {hours} saacadood gudahood.',
  'saved.withdraw': 'Dib u qaado jawaabta',
  'saved.withdrawConfirm': 'Ma rabtaa inaad jawaabta dib u qaadato? Markaas lama xisaabin doono.',
  'saved.withdrawYes': 'Haa, dib u qaado',
  'saved.withdrawNo': 'Maya, hay',
  'saved.withdrawn': 'Jawaabta dib ayaa loo qaatay.',

  'error.quota':
    'Kaydka taleefanku waa buuxaa, jawaabtana lama kaydin. Meel bannee oo isku day mar kale.',
  'error.unavailable':
    'Biraawsarku uma oggola Stegvis inuu halkan wax kaydiyo, tusaale qaabka gaarka ah. Stegvis ku fur tab caadi ah.',
  'error.blocked':
    'Stegvis wuxuu ku furan yahay tab kale oo nooc hore ah. Xir tab-yada kale oo isku day mar kale.',
  'error.unknown': 'Wax baa khaldamay, waxna lama kaydin. Isku day mar kale.',
  'error.retry': 'Isku day mar kale',

  'progress.title': 'Horu\u00ADmarkayga',
  'progress.lead': 'Halkan waxaad ku aragtaa jawaaba\u00ADhaaga la kaydiyay.',
  'progress.empty': 'Weli jawaabo ma jiraan. Halkan ayay ka muuqan doonaan markaad wax kaydiso.',
  'progress.reference': 'Halka ay inta badan gaaraan dadka fiican',
  'progress.chartLabel': 'Shaxan: {title}. Jawaabaha isku midka ah waxay ku jiraan jadwalka hoose.',
  'progress.chartLoading': 'Shaxanka waa la soo rarayaa …',
  'progress.chartFailed':
    'Shaxanka lama muujin karin. Jadwalku wuxuu leeyahay jawaabaha isku midka ah.',
  'progress.tableCaption': 'Jawaaba\u00ADhaaga: “{title}”',
  'progress.colDate': 'Taariikhda',
  'progress.colTotal': 'Wadarta',
  'progress.colValue': 'Jawaabta',
  'progress.notesFor': 'Qoraallada jawaabta {date}:',
  'progress.goal': 'Hadafka: {goal}',
  'progress.addNote': 'Ku dar qoraal',
  'progress.noteFor': 'Qoraal jawaabta {date}',
  'progress.saveNote': 'Kaydi qoraalka',
  'progress.noteSaved': 'Qoraalka waa la kaydiyay.',
  'progress.withdraw': 'Dib u qaado',
  'progress.withdrawn': 'Jawaabaha dib loo qaatay lama xisaabiyo halkanna kama muuqdaan.',

  'sync.waiting.one': 'Hal jawaab ayaa sugaysa in la diro.',
  'sync.waiting.other': '{count} jawaabood ayaa sugaya in la diro.',
  'sync.allSent': 'Wax walba waxaa loo diray kooxdaada.',
  'sync.lastSent': 'Markii ugu dambeysay ee la diray {time}.',
  'sync.sending': 'Waa la dirayaa …',
  'sync.offline': 'Waa la diri doonaa markaad internet yeelato.',
  'sync.retrying': 'Dirista hadda ma suurtagelin. Stegvis wuu isku dayi doonaa mar kale dhawaan.',
  'sync.notConnected':
    'Taleefanku kuma xiran kooxdaada. Jawaaba\u00ADhaaga taleefankan oo keliya ayay ku kaydsan yihiin.',
  'sync.connect': 'Ku xir kooxdaada',
  'sync.disconnected': 'Taleefanku hadda kuma xiran kooxda. Tababarahaaga weydii koodh cusub.',
  'sync.closed': 'Barnaamijka waad dhammaysay, jawaabaha cusubna lama diro.',
  'sync.rejectedTitle.one': 'Hal jawaab lama aqbali karin',
  'sync.rejectedTitle.other': '{count} jawaabood lama aqbali karin',
  'sync.rejected.future_date':
    'Jawaabta taariikh\u00ADdeedu waa mustaqbalka. Hubi saacadda taleefanka.',
  'sync.rejected.invalid_fact': 'Jawaabtu ma dhammayn.',
  'sync.rejected.conflict': 'Jawaab kale oo lambar isku mid ah ayaa hore u jirtay.',
  'sync.rejected.other': 'Kooxdu ma aqbali karin jawaabta.',
  'sync.rejectedHelp': 'Jawaabtu waxay ku jirtaa taleefanka. Tan tus tababara\u00ADhaaga.',
  'sync.waitingRejoin.one':
    'Hal jawaab ayaa taleefanka ku sugaysa. Waa la diri doonaa marka taleefanka kooxda lagu xiro.',
  'sync.waitingRejoin.other':
    '{count} jawaabood ayaa taleefanka ku sugaya. Waa la diri doonaa marka taleefanka kooxda lagu xiro.',
  'offline.ready': 'Hadda Stegvis wuxuu shaqeeyaa internet la’aan sidoo kale.',

  'join.title': 'Ku xir kooxdaada',
  'join.lead':
    'Qor koodhka tababara\u00ADhaagu ku siiyay. Hal mar ayaad internet u baahan tahay si aad taleefanka u xirto.',
  'join.code': 'Koodh',
  'join.codeHint': 'Siddeed xaraf, tusaale K7PQ-M2XD.',
  'join.submit': 'Xir',
  'join.working': 'Waa la xirayaa …',
  'join.joined':
    'Waa dhammaatay! Taleefanku wuxuu ku xiran yahay kooxdaada. Jawaaba\u00ADhaaga halkaas ayaa loo diraa.',
  'join.invalid':
    'Koodhku sax maaha, horay ayaa loo isticmaalay ama waa duug. Tababarahaaga weydii koodh cusub.',
  'join.offline':
    'Waxaad u baahan tahay internet si aad taleefanka u xirto. Isku day markaad internet hesho.',
  'join.rate_limited': 'Isku dayo aad u badan. Wax yar sug oo isku day mar kale.',
  'join.error': 'Wax baa khaldamay. Isku day mar kale dhawaan.',
  'join.empty': 'Marka hore qor koodhka.',
  'join.already': 'Taleefanku horay ayuu ugu xirnaa kooxdaada.',

  'wording.neutral': 'Su’aaluhu waa ereyada dhex\u00ADdhexaadka ah ee Stegvis.',
  'wording.team': 'Ereyada: {name}.',
  'wording.licence': 'Liisanka: {holder}.',

  'update.available': 'Nooc cusub oo Stegvis ah ayaa diyaar ah.',
  'update.now': 'Cusboon\u00ADaysii hadda',
  'update.later': 'Mar dambe',
  'update.waitForm': 'Cusboon\u00ADaysiintu way sugaysaa ilaa aad kaydiso ama joojiso.',

  'ios.title': 'Stegvis ku dar shaashadda hore',
  'ios.body':
    'iPhone-ka, Safari wuxuu tirtiraa jawaabaha la kaydiyay ee bogagga aan la furin 7 maalmood. Stegvis ku dar shaashadda hore si jawaaba\u00ADhaagu u haraan: taabo badhanka La wadaag oo dooro “Ku dar shaashadda hore”.',
  'ios.dismiss': 'Waan fahmay',
};

export const catalog: Catalog = {
  review: {
    status: 'unreviewed',
    note: 'Translated by the Stegvis team from Swedish; no native speaker has reviewed it yet.',
  },
  ui,
  instruments: {
    ors: {
      title: 'Sidee ahayd xaalad\u00ADdaadu?',
      prompt:
        'Ka fikir toddobaad\u00ADkii la soo dhaafay. Xarriiq kasta ku calaamadi sidii ay ahayd. Bidix waa xun, midig waa fiican.',
      when: 'Kahor wada\u00ADhadalka',
      anchors: { low: 'Aad u xun', high: 'Aad u fiican' },
      items: {
        individual: { label: 'Aniga', hint: 'Sida aan dareemayo' },
        interpersonal: { label: 'Xiriirada dhow', hint: 'Qoyska iyo dadka ii dhow' },
        social: { label: 'Nolosha guriga dibaddiisa', hint: 'Shaqo, iskuul, saaxiibo' },
        overall: { label: 'Guud ahaan', hint: 'Sida ay wax guud ahaan u yihiin' },
      },
    },
    srs: {
      title: 'Sidee ahaa wada\u00ADhadalku?',
      prompt:
        'Ka fikir wada\u00ADhadalka aad hadda lahayd. Xarriiq kasta ku calaamadi inta uu kugu habboonaa.',
      when: 'Wadahadalka kadib',
      anchors: { low: 'Haba yaraatee', high: 'Gebi ahaanba' },
      items: {
        relationship: { label: 'Xiriirka', hint: 'In la i dhageysto oo la i ixtiraamo' },
        goals: { label: 'Waxa aan ka hadalnay', hint: 'Hadafyo iyo mowduucyo muhiim ii ah' },
        approach: { label: 'Sida aan u shaqaynay', hint: 'Habka shaqadu wuu igu habboonaa' },
        overall: { label: 'Guud ahaan', hint: 'Wadahadalka oo dhan' },
      },
    },
    gsrs: {
      title: 'Sidee ahaa kulanka kooxdu?',
      prompt:
        'Ka fikir kulanka kooxda aad hadda ka soo qayb gashay. Xarriiq kasta ku calaamadi inta uu kugu habboonaa.',
      when: 'Kulanka kooxda kadib',
      anchors: { low: 'Haba yaraatee', high: 'Gebi ahaanba' },
      items: {
        relationship: { label: 'Wadajirka', hint: 'Hogaamiyaha iyo kooxda' },
        goals: { label: 'Waxa aan ka hadalnay', hint: 'Hadafyo iyo mowduucyo muhiim ii ah' },
        approach: { label: 'Sida aan u shaqaynay', hint: 'Habka shaqadu wuu igu habboonaa' },
        overall: { label: 'Guud ahaan', hint: 'Kulanka oo dhan' },
      },
    },
    scale: {
      title: 'Cabbirkayga',
      prompt:
        '0 waxay ka dhigan tahay meesha ugu fog hadafka. 10 waxay ka dhigan tahay inaad gaartay hadafka.',
      when: 'Markaad rabto',
      anchors: { low: 'Ka fog hadafka', high: 'Hadafka waa la gaaray' },
      items: { goal: { label: 'Xaggee joogtaa hadda?' } },
    },
    compass: {
      title: 'Jiheeyaha nolosha',
      prompt:
        'Intee in le’eg ayaad hadda ku qanacsan tahay qaybahan nolosha? 0 waa haba yaraatee, 10 waa si buuxda.',
      when: 'Bilowga iyo la-socodka',
      anchors: {
        low: 'Haba yaraatee kuma qanacsani',
        high: 'Si buuxda ayaan ugu qanacsan\u00ADahay',
      },
      items: {
        home: { label: 'Guriga iyo waqtiga firaaqada' },
        relationships: { label: 'Xiriirada' },
        health: { label: 'Caafimaadka' },
        work: { label: 'Shaqada iyo wax\u00ADbarashada' },
      },
    },
  },
};
