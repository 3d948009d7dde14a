import { catalog, type Lang } from '../../../web/i18n.ts';
import { followUpText, formText } from './texts.ts';

/**
 * The form speaks to the person who fills it in (issue 14, finding 6). Someone who chose "Het gaat
 * om mij" is addressed with "jij/je" and the questions are about them, never about "de jongere";
 * everyone else reads "u" on every page. This file holds only the texts that differ for the victim;
 * `formTextFor` lays them over the normal texts, so a text added to texts.ts shows up for everyone
 * until someone writes its "jij" form here (the test in report-form/reporter-address.test.ts finds
 * any "u" left on a victim's page).
 */
type Texts = typeof formText.nl;
type Overlay<T> = { [K in keyof T]?: T[K] extends string | ((...args: never[]) => string) | readonly string[] ? T[K] : Overlay<T[K]> };

const victimNl: Overlay<Texts> = {
  steps: {
    wie: 'Wie ben je?',
    wat: 'Wat is er gebeurd?',
    betrokkenen: 'Wie zijn erbij betrokken?',
    toestemming: 'Wat mogen wij met je melding doen?',
  },
  fields: {
    reporterKind: { label: 'Wie ben je?', hint: 'Kies wat het beste bij je past.', options: formText.nl.fields.reporterKind.options },
    dangerNow: {
      label: 'Ben je nu in gevaar, of iemand anders?',
      hint: 'Bijvoorbeeld: je wordt nu bedreigd of vastgehouden, of je moet vandaag naar een klant.',
      options: { yes: 'Ja, er is nu gevaar', no: 'Nee, niet op dit moment' },
    },
    whatHappened: {
      label: 'Vertel in je eigen woorden wat er gebeurt of gebeurde',
      hint: 'Schrijf wat je wilt vertellen. Het hoeft niet compleet te zijn. Hoogstens 5000 tekens.',
    },
    signals: {
      label: 'Herken je een of meer van deze dingen bij jezelf?',
      hint: 'Kies alles wat past.',
      options: {
        appearance: 'Uiterlijk: je moet er anders uitzien (sexy kleding, make-up), je bent moe of mager, je doet jezelf pijn',
        self_image: 'Hoe je over jezelf denkt: weinig zelfvertrouwen, somber, je kunt geen nee zeggen',
        behaviour: 'Gedrag: je krijgt geld of dure spullen, je loopt weg, je gaat veel uit, drugs of drank',
        sexual: 'Rond seks: je moet seks hebben terwijl je dat niet wilt, of je bent bang om aangeraakt te worden',
        relations: 'Contact met anderen: nieuwe of oudere vrienden, je wordt gehaald en gebracht, ruzie thuis, je spijbelt, je wordt vaak gebeld',
        physical: 'Lichaam: buikpijn, pijn in je onderlichaam, eetproblemen, soa of zwanger',
      },
    },
    victimAgeEstimate: {
      label: 'Hoe oud ben je?',
      hint: 'Kies wat past.',
      options: { under_12: 'Jonger dan 12', '12_15': '12 tot en met 15', '16_17': '16 of 17', '18_plus': '18 of ouder', unknown: 'Zeg ik liever niet' },
    },
    victimAge: { label: 'Hoe oud ben je precies?', hint: 'In jaren, bijvoorbeeld 15.' },
    victimGender: {
      label: 'Ben je een meisje of een jongen?',
      options: { girl: 'Meisje', boy: 'Jongen', other: 'Anders', unknown: 'Zeg ik liever niet' },
    },
    victimPlace: { label: 'In welke plaats woon of verblijf je?', hint: 'Bijvoorbeeld de stad of het dorp.' },
    perpetrators: {
      label: 'Wie zet jou onder druk?',
      hint: 'Bijvoorbeeld een (bij)naam, hoe iemand eruitziet, een auto of scooter. Ook een lovergirl of een helper.',
    },
    clients: { label: 'Weet je iets over klanten?', hint: 'Bijvoorbeeld wie, hoe vaak, waar.' },
    place: { label: 'Waar gebeurt of gebeurde het?', hint: 'Bijvoorbeeld een adres, een hotel, een station of een buurt.' },
    municipality: {
      label: 'In welke gemeente speelt het?',
      hint: 'Kies de gemeente als je die weet. Zo weten gemeenten hoe vaak het bij hen speelt (alleen aantallen, nooit je melding).',
      options: formText.nl.fields.municipality.options,
    },
    when: { label: 'Wanneer gebeurde het?', hint: 'Bijvoorbeeld een datum, "elk weekend" of "sinds de zomer".' },
    anonymous: {
      label: 'Wil je anoniem melden?',
      hint: 'Anoniem betekent: wij weten niet wie je bent. Je kunt dan alleen met je bewijscode berichten lezen en beantwoorden.',
      options: { yes: 'Ja, ik meld anoniem', no: 'Nee, jullie mogen contact met mij opnemen' },
    },
    name: { label: 'Je naam', hint: 'Een voornaam is ook goed.' },
    contactWhen: { label: 'Wanneer kunnen wij je het beste bereiken?', hint: 'Bijvoorbeeld "na 15:00 uur" of "niet in het weekend".' },
    mayLeaveMessage: {
      label: 'Mogen wij een bericht inspreken of zeggen dat wij van het meldpunt zijn?',
      hint: 'Kies nee als iemand anders je telefoon kan zien of horen.',
      options: { yes: 'Ja, dat mag', no: 'Nee, liever niet' },
    },
    consentPolice: {
      label: 'Mogen wij je melding aan de politie geven?',
      hint: 'De politie kan een onderzoek starten. Zonder jouw toestemming doen wij dat niet, behalve als je in acuut gevaar bent. Je kunt dit later nog veranderen.',
      options: { yes: 'Ja, dat mag', no: 'Nee, nu nog niet' },
    },
    consentCare: {
      label: 'Mogen wij je melding delen met hulpverleners?',
      hint: 'Bijvoorbeeld jeugdzorg of een hulpverlener in de buurt. Zij kunnen je helpen.',
      options: { yes: 'Ja, dat mag', no: 'Nee, nu nog niet' },
    },
    consentZvh: {
      label: 'Mogen wij je melding bespreken met het Zorg- en Veiligheidshuis?',
      hint: 'Daar werken gemeente, zorg, politie en justitie samen aan moeilijke situaties. Zij maken samen een plan.',
      options: { yes: 'Ja, dat mag', no: 'Nee, nu nog niet' },
    },
  },
  required: {
    reporterKind: 'Kies wie je bent.',
    dangerNow: 'Kies of er nu gevaar is.',
    whatHappened: 'Vertel in een paar woorden wat er gebeurde.',
    anonymous: 'Kies of je anoniem wilt melden.',
    consentPolice: 'Kies of wij je melding aan de politie mogen geven.',
    consentCare: 'Kies of wij je melding met hulpverleners mogen delen.',
    consentZvh: 'Kies of wij je melding met het Zorg- en Veiligheidshuis mogen bespreken.',
  },
  errors: {
    contactNeeded: 'Vul een telefoonnummer of e-mailadres in, of kies toch voor anoniem melden.',
  },
  danger112: [
    'Ben je nu in gevaar, of iemand anders? Bel dan eerst 112. Dat is gratis, ook zonder beltegoed.',
    'Zeg dat het om uitbuiting gaat en waar je nu bent.',
    'Kun je niet praten? Bel 112 en druk 0 als je bent doorverbonden. Of stuur een sms naar 112 als je je daarvoor hebt aangemeld.',
    'Daarna kun je hier verder met je melding. Wij zetten je melding bovenaan.',
  ],
  filesIntro: 'Heb je schermafbeeldingen van advertenties of chats, of een document? Dan kun je die hier meesturen. Dit is niet verplicht.',
  filesNever: 'Stuur nooit naaktfoto’s of seksueel getinte beelden, ook niet van jezelf en ook niet als bewijs. Beschrijf in woorden wat er is.',
  filesList: 'Bestanden die je toevoegde',
  filesNone: 'Je hebt nog geen bestanden toegevoegd.',
  fileNotAdded: (reason: string) => `Het bestand dat je koos is niet toegevoegd. ${reason} Je andere antwoorden zijn bewaard. Kies een ander bestand, of ga verder zonder bestand.`,
  fileProblem: {
    tooMany: (count: number) => `Je kunt hoogstens ${count} bestanden meesturen. Verwijder eerst een bestand.`,
    cutOff: 'Het versturen van het bestand is onderbroken. Probeer het opnieuw. Je andere antwoorden zijn bewaard.',
  },
  checkTitle: 'Controleer je melding',
  checkIntro: 'Kijk of alles klopt. Met "Wijzigen" pas je een antwoord aan.',
  submitText: 'Als je op "Melding versturen" drukt, krijg je een bewijscode. Pas dan is je melding bij ons binnen.',
  alreadySent: 'Je melding is bij ons binnen. Wil je iets toevoegen? Ga dan naar "Mijn melding" en vul je bewijscode in.',
  receiptTitle: 'Je melding is ontvangen',
  receiptLabel: 'Je bewijscode',
  receiptKeep: 'Schrijf deze code op papier en bewaar dat op een veilige plek, waar niemand anders het vindt. Of onthoud hem. Maak geen foto en zet hem niet in je telefoon als iemand anders daarin kan kijken. Wij laten de code maar één keer zien en kunnen hem niet voor je opzoeken.',
  receiptLeave: 'Moet je deze pagina snel verlaten? Gebruik de knop "Verlaat deze site" bovenaan.',
  receiptUse: 'Met deze code zie je op "Mijn melding" of wij een vraag hebben, en kun je antwoorden of iets toevoegen. De streepjes hoef je niet over te typen.',
  receiptGone: 'Je melding is ontvangen. De bewijscode is al een keer getoond en wordt om veiligheidsredenen niet nog een keer getoond.',
  next: [
    'Een medewerker leest je melding op de eerstvolgende werkdag. Het meldpunt is open van maandag tot en met vrijdag, van 09:00 tot 17:00 uur.',
    'Hebben wij een vraag? Dan zetten wij die bij "Mijn melding". Kijk daar over een paar dagen.',
    'Wil je iemand spreken? Bel gratis 0800-0034.',
    'Is er gevaar? Bel altijd 112.',
  ],
  closedNow: 'Het meldpunt is nu gesloten. Je melding is wel bewaard; wij lezen hem zodra we weer open zijn.',
};

/** English has one "you"; only the questions about "the young person" change. */
const victimEn: Overlay<Texts> = {
  fields: {
    dangerNow: {
      label: 'Are you or someone else in danger right now?',
      hint: 'For example: you are being threatened or held now, or you have to go to a client today.',
      options: { yes: 'Yes, there is danger now', no: 'No, not at the moment' },
    },
    signals: {
      label: 'Do you recognise one or more of these things in yourself?',
      hint: 'Choose all that fit.',
      options: {
        appearance: 'Appearance: you have to look different (sexy clothes, make-up), you are tired or thin, you hurt yourself',
        self_image: 'How you see yourself: little self-confidence, gloomy, you cannot say no',
        behaviour: 'Behaviour: you get money or expensive things, you run away, go out a lot, drugs or alcohol',
        sexual: 'Around sex: you have to have sex when you do not want to, or you are afraid of being touched',
        relations: 'Contact with others: new or older friends, you are picked up and dropped off, rows at home, you skip school, you are called often',
        physical: 'Body: stomach ache, pain in your lower body, eating problems, STI or pregnancy',
      },
    },
    victimAgeEstimate: {
      label: 'How old are you?',
      hint: 'Choose what fits.',
      options: { under_12: 'Younger than 12', '12_15': '12 to 15', '16_17': '16 or 17', '18_plus': '18 or older', unknown: 'I would rather not say' },
    },
    victimAge: { label: 'How old are you exactly?', hint: 'In years, for example 15.' },
    victimGender: { label: 'Are you a girl or a boy?', options: { girl: 'Girl', boy: 'Boy', other: 'Other', unknown: 'I would rather not say' } },
    victimPlace: { label: 'In which town do you live or stay?', hint: 'For example the city or village.' },
    perpetrators: {
      label: 'Who is putting you under pressure?',
      hint: 'For example a (nick)name, what someone looks like, a car or scooter. Also a lovergirl or a helper.',
    },
    consentCare: {
      label: 'May we share your report with care workers?',
      hint: 'For example youth care or a care worker nearby. They can help you.',
      options: { yes: 'Yes, you may', no: 'No, not yet' },
    },
  },
  danger112: [
    'Are you or someone else in danger now? Then call 112 first. It is free, even without phone credit.',
    'Say that it is about exploitation and where you are now.',
    'Cannot talk? Call 112 and press 0 when you are put through. Or text 112 if you have registered for that.',
    'Then you can continue with your report here. We put your report at the top.',
  ],
};

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const overlay = <T>(base: T, top: unknown): T => {
  if (!isPlain(base) || !isPlain(top)) return (top ?? base) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(top)) out[k] = isPlain(v) && isPlain(out[k]) ? overlay(out[k], v) : v;

  return out as T;
};

const VICTIM = { nl: overlay(formText.nl, victimNl), en: overlay(formText.en as Texts, victimEn) };

/** True for the reporter type that is spoken to with "jij". */
export const speaksAsJij = (reporterKind: string | undefined): boolean => reporterKind === 'victim';

/** The form texts for this language and reporter type (the victim's "jij" form, or the normal "u" form). */
export const formTextFor = (lang: Lang, reporterKind: string | undefined): Texts =>
  speaksAsJij(reporterKind) ? VICTIM[lang] : lang === 'en' ? (formText.en as Texts) : formText.nl;

type FollowUpTexts = typeof followUpText.nl;

/**
 * The pages of /mijn-melding once the receipt opened a victim's own report: "jij/je" there too
 * (issue 14 finding 6). The receipt form itself comes before anyone knows who reports, so it says "u".
 */
const followUpVictimNl: Overlay<FollowUpTexts> = {
  status: {
    new: 'Wij hebben je melding ontvangen. Een medewerker gaat hem lezen.',
    triage: 'Een medewerker leest je melding en bekijkt wat er nodig is.',
    investigation: 'Wij onderzoeken je melding.',
    referred: 'Wij hebben (een deel van) je melding doorgegeven aan hulpverleners, zoals je goedvond.',
    handed_over: 'Wij hebben je melding doorgegeven aan de politie of een andere partner.',
    closed: 'Wij hebben je melding afgesloten. Je kunt nog steeds een bericht sturen.',
  },
  fromYou: 'Jij',
  answerField: 'Je bericht',
  answerTooLong: 'Je bericht is te lang. Gebruik hoogstens 5000 tekens.',
  answerSent: 'Je bericht is verstuurd.',
  consentIntro: 'Hier zie en verander je wat wij met je melding mogen doen. Wij bewaren ook je eerdere keuzes.',
  consentSaved: 'Je keuzes zijn opgeslagen.',
  receiptIntro: 'Denk je dat iemand anders je bewijscode kent? Vraag dan een nieuwe aan. De oude werkt daarna niet meer.',
  receiptMust: 'Je kreeg je bewijscode van een medewerker. Voor je veiligheid maak je nu een nieuwe, die alleen jij kent.',
  receiptNew: 'Dit is je nieuwe bewijscode. Schrijf hem op papier en bewaar hem goed, of onthoud hem. De oude code werkt niet meer.',
  signOutHint: 'Sluit af als je klaar bent, zeker op een gedeelde telefoon of computer.',
};

const FOLLOW_UP_VICTIM = { nl: overlay(followUpText.nl, followUpVictimNl), en: followUpText.en as FollowUpTexts };

/** The follow-up texts for this language and the opened report's reporter type. */
export const followUpTextFor = (lang: Lang, reporterKind: string | undefined): FollowUpTexts =>
  speaksAsJij(reporterKind) ? FOLLOW_UP_VICTIM[lang] : lang === 'en' ? (followUpText.en as FollowUpTexts) : followUpText.nl;

type Question = 'police' | 'care' | 'zvh';

/** "a", "a en b", "a, b en c". */
const joined = (items: string[], and: string): string => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`);

/**
 * What a young person's own "ja" means at her or his age, on the consent step and on
 * /mijn-melding/toestemming (issue 14 finding 14). Which questions it counts for comes from the one
 * rule (consent/own-consent-reach.ts); these are only the words.
 */
export const consentAgeText = catalog({
  nl: {
    title: 'Wat jouw "ja" betekent',
    band: { '16_plus': 'Je bent 16 jaar of ouder.', '12_15': 'Je bent 12 tot en met 15 jaar.', under_12: 'Je bent jonger dan 12 jaar.' },
    bandIf: { '16_plus': 'Ben je 16 jaar of ouder?', '12_15': 'Ben je 12 tot en met 15 jaar?', under_12: 'Ben je jonger dan 12 jaar?' },
    question: { police: 'de politie', care: 'hulpverleners', zvh: 'het Zorg- en Veiligheidshuis' } satisfies Record<Question, string>,
    all: 'Dan beslis je zelf. Jouw "ja" of "nee" telt voor alle drie de vragen.',
    some: (counts: Question[], parent: Question[], q: Record<Question, string>) =>
      `Jouw "ja" telt dan alleen voor de vraag over ${joined(
        counts.map((c) => q[c]),
        'en',
      )}. Voor ${joined(
        parent.map((c) => q[c]),
        'en',
      )} is ook toestemming nodig van je ouder of voogd.`,
    none: 'Dan is voor alle drie de vragen ook toestemming nodig van je ouder of voogd. Jouw "ja" alleen is dan nog niet genoeg.',
    unknown: 'Je hebt niet gezegd hoe oud je bent. Wat jouw "ja" betekent, hangt af van je leeftijd:',
    voice: 'Je antwoord is altijd belangrijk: zo weten wij wat jij wilt.',
  },
  en: {
    title: 'What your "yes" means',
    band: { '16_plus': 'You are 16 or older.', '12_15': 'You are 12 to 15 years old.', under_12: 'You are younger than 12.' },
    bandIf: { '16_plus': 'Are you 16 or older?', '12_15': 'Are you 12 to 15 years old?', under_12: 'Are you younger than 12?' },
    question: { police: 'the police', care: 'care workers', zvh: 'the Care and Safety House' } satisfies Record<Question, string>,
    all: 'Then you decide yourself. Your "yes" or "no" counts for all three questions.',
    some: (counts: Question[], parent: Question[], q: Record<Question, string>) =>
      `Then your "yes" counts only for the question about ${joined(
        counts.map((c) => q[c]),
        'and',
      )}. For ${joined(
        parent.map((c) => q[c]),
        'and',
      )} your parent or guardian must agree too.`,
    none: 'Then your parent or guardian must agree too, for all three questions. Your "yes" alone is not enough yet.',
    unknown: 'You have not said how old you are. What your "yes" means depends on your age:',
    voice: 'Your answer always matters: it tells us what you want.',
  },
});
