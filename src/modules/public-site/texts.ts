import { catalog } from '../../web/i18n.ts';

export const homeText = catalog({
  nl: {
    title: 'Meldpunt uitbuiting minderjarigen',
    intro:
      'Denkt u dat een jongere onder de 18 wordt uitgebuit door een loverboy of een lovergirl? Of wordt u zelf onder druk gezet? Vertel het ons. U mag ook anoniem melden.',
    reportCta: 'Een melding maken',
    followUpCta: 'Ik heb al een melding gemaakt',
    audiencesTitle: 'Informatie voor u',
    audiences: [
      ['/informatie/jongeren', 'Voor jongeren'],
      ['/informatie/ouders', 'Voor ouders en verzorgers'],
      ['/informatie/professionals', 'Voor professionals'],
      ['/informatie/onderwijs', 'Voor leraren en scholen'],
      ['/informatie/hotels', 'Voor hotels'],
      ['/informatie/taxi', 'Voor taxichauffeurs'],
      ['/informatie/klanten', 'Voor klanten van sekswerk'],
      ['/informatie/stoppen', 'Voor loverboys die willen stoppen'],
      ['/signalenwijzer', 'Signalenwijzer: wat betekent wat u ziet?'],
    ],
    whoTitle: 'Wie kan melden?',
    whoIntro: 'Iedereen kan melden. Wij horen graag van:',
    who: [
      'jongeren die denken dat het henzelf overkomt;',
      'ouders, verzorgers en familie van een jongere;',
      'vrienden, bekenden, klasgenoten, buren en andere mensen die iets zien;',
      'professionals die het in hun werk tegenkomen, zoals leraren, jongerenwerkers en taxichauffeurs;',
      'eigenaren van hotels die iets vreemds merken;',
      'klanten die merken dat er iets niet klopt;',
      'ex-loverboys die willen stoppen en hulp zoeken.',
    ],
    whatTitle: 'Wat gebeurt er met uw melding?',
    what: [
      'Wij lezen elke melding en zoeken uit wat er aan de hand is.',
      'Als het nodig is, helpen wij u aan hulp in uw buurt.',
      'Wij geven een zaak alleen aan de politie als u daar toestemming voor geeft.',
    ],
    anonymousTitle: 'Anoniem melden',
    anonymous:
      'U hoeft uw naam niet te geven. Na uw melding krijgt u een bewijscode. Daarmee kunt u later zien of wij een vraag hebben, en antwoord geven. Wij bewaren van een anonieme melding geen IP-adres en geen gegevens over uw apparaat.',
    contactTitle: 'Liever bellen?',
    contact: 'Bel gratis 0800-0034, maandag tot en met vrijdag van 09:00 tot 17:00 uur. Is er nu gevaar? Bel 112.',
  },
  en: {
    title: 'Reporting point for the exploitation of minors',
    intro:
      'Do you think a young person under 18 is being exploited by a loverboy or a lovergirl? Or are you being pressured yourself? Tell us. You may also report anonymously.',
    reportCta: 'Make a report',
    followUpCta: 'I have already made a report',
    audiencesTitle: 'Information for you',
    audiences: [
      ['/informatie/jongeren', 'For young people'],
      ['/informatie/ouders', 'For parents and carers'],
      ['/informatie/professionals', 'For professionals'],
      ['/informatie/onderwijs', 'For teachers and schools'],
      ['/informatie/hotels', 'For hotels'],
      ['/informatie/taxi', 'For taxi drivers'],
      ['/informatie/klanten', 'For clients of sex work'],
      ['/informatie/stoppen', 'For loverboys who want to stop'],
      ['/signalenwijzer', 'Signal guide: what does what you see mean?'],
    ],
    whoTitle: 'Who can report?',
    whoIntro: 'Anyone can report. We want to hear from:',
    who: [
      'young people who think it is happening to them;',
      'parents, carers and family of a young person;',
      'friends, acquaintances, classmates, neighbours and other people who notice something;',
      'professionals who come across it in their work, such as teachers, youth workers and taxi drivers;',
      'hotel owners who notice something strange;',
      'clients who notice that something is not right;',
      'ex-loverboys who want to stop and look for help.',
    ],
    whatTitle: 'What happens to your report?',
    what: [
      'We read every report and find out what is going on.',
      'If needed, we help you find support near you.',
      'We only pass a case to the police if you give permission.',
    ],
    anonymousTitle: 'Reporting anonymously',
    anonymous:
      'You do not have to give your name. After your report you get a receipt code. With it you can later see whether we have a question, and answer it. For an anonymous report we keep no IP address and no data about your device.',
    contactTitle: 'Rather call?',
    contact: 'Call free on 0800-0034, Monday to Friday from 09:00 to 17:00. Is someone in danger now? Call 112.',
  },
});

export const aboutText = catalog({
  nl: {
    title: 'Hoe wij werken',
    sections: [
      ['Wij luisteren', 'Elke melding wordt gelezen door een medewerker van het meldpunt. Wij nemen contact op als u dat wilt, of stellen een vraag via uw bewijscode.'],
      ['Wij onderzoeken', 'Onze onderzoekers zoeken op een wettelijke manier naar informatie, bijvoorbeeld in openbare advertenties en op sociale media. Zo bouwen wij een dossier op.'],
      ['Wij werken samen', 'Wij werken samen met de politie, het Openbaar Ministerie, Zorg- en Veiligheidshuizen, Veilig Thuis, CoMensha en hulpverleners.'],
      ['Alleen met uw toestemming', 'Een dossier gaat alleen naar de politie als de melder toestemming geeft. Alleen bij acuut gevaar mag het anders; dan beslissen twee mensen samen en schrijven zij op waarom.'],
      ['Wij ontmoedigen', 'Wij waarschuwen mensen die seks willen met minderjarigen dat zij een strafbaar feit plegen.'],
    ],
  },
  en: {
    title: 'How we work',
    sections: [
      ['We listen', 'A member of staff reads every report. We contact you if you want, or ask a question through your receipt code.'],
      ['We investigate', 'Our investigators look for information in lawful ways, for example in public ads and on social media. This is how we build a case file.'],
      ['We work together', 'We work with the police, the Public Prosecution Service, Safety Houses (Zorg- en Veiligheidshuizen), Veilig Thuis, CoMensha and care providers.'],
      ['Only with your permission', 'A case file only goes to the police if the reporter agrees. Only in acute danger can this be different; then two people decide together and write down why.'],
      ['We deter', 'We warn people who want sex with minors that they are committing a crime.'],
    ],
  },
});

export const helpText = catalog({
  nl: {
    title: 'Hulp en contact',
    dangerTitle: 'Is er nu gevaar?',
    danger: 'Bel altijd direct 112. Dat kan gratis, ook zonder beltegoed.',
    phoneTitle: 'Bel het meldpunt',
    phone: 'Bel gratis 0800-0034. Wij zijn bereikbaar van maandag tot en met vrijdag, van 09:00 tot 17:00 uur. Is de lijn bezet? Maak dan een melding op deze site of bel later terug.',
    otherTitle: 'Andere hulp',
    other: [
      'Veilig Thuis: bel 0800-2000 bij zorgen over huiselijk geweld of kindermishandeling.',
      'Politie zonder spoed: bel 0900-8844.',
      'Meld Misdaad Anoniem: bel 0800-7000.',
    ],
  },
  en: {
    title: 'Help and contact',
    dangerTitle: 'Is someone in danger now?',
    danger: 'Always call 112 at once. It is free, even without phone credit.',
    phoneTitle: 'Call the reporting point',
    phone: 'Call free on 0800-0034. We are open Monday to Friday, from 09:00 to 17:00. Is the line busy? Make a report on this site or call back later.',
    otherTitle: 'Other help',
    other: [
      'Veilig Thuis: call 0800-2000 if you worry about domestic violence or child abuse.',
      'Police, no emergency: call 0900-8844.',
      'Meld Misdaad Anoniem (report crime anonymously): call 0800-7000.',
    ],
  },
});

export const privacyText = catalog({
  nl: {
    title: 'Privacy',
    items: [
      'Bij een anonieme melding bewaren wij geen IP-adres, geen gegevens over uw browser of apparaat en geen andere verbindingsgegevens. Ook niet in onze logbestanden.',
      'Uw bewijscode bewaren wij niet zelf. Wij bewaren alleen een versleutelde controlewaarde. Kwijt is kwijt: bewaar de code goed.',
      'Geeft u uw naam of contactgegevens? Die slaan wij versleuteld op. Alleen de medewerkers die aan uw melding werken, kunnen ze zien.',
      'Elke keer dat een medewerker een melding of dossier opent, schrijven wij dat op. De privacyfunctionaris controleert dat.',
      'Wij bewaren gegevens niet langer dan nodig. Daarna verwijderen wij ze of maken wij ze anoniem.',
      'Deze site werkt zonder JavaScript en zonder cookies van anderen. Wij gebruiken alleen cookies die nodig zijn: voor de taal en om formulieren te beveiligen.',
    ],
  },
  en: {
    title: 'Privacy',
    items: [
      'For an anonymous report we keep no IP address, no data about your browser or device and no other connection data. Not in our log files either.',
      'We do not keep your receipt code itself, only an encrypted check value. Lost is lost: keep the code safe.',
      'If you give your name or contact details, we store them encrypted. Only the staff working on your report can see them.',
      'Every time a member of staff opens a report or case file, we record it. The privacy officer checks this.',
      'We do not keep data longer than needed. After that we delete it or make it anonymous.',
      'This site works without JavaScript and without third-party cookies. We only use cookies that are needed: for the language and to protect forms.',
    ],
  },
});
