import type { Channel, ConsentPurpose, DraftAnswers } from '../answers.ts';
import type { DemoWhen } from './demo-times.ts';

/**
 * The demo's twelve reports (`vangnet demo`): one story in fictitious people, places and numbers.
 * Every name starts with "Fictief", every phone number is in the 06-1234xxxx block the test fixtures
 * use, every e-mail address ends in .test or example.org. Three threads run through them:
 *  - Lisa (15): her own anonymous report (she answers a question through the follow-up), her mother's
 *    report with contact details, a hotel owner's report → dossier "Lisa", handed over to the police;
 *  - "Rico": a client, an ex-loverboy and a youth worker describe the man behind the hotel rooms and
 *    the ads with 06-12348002 → dossier "Rico", in investigation; the monitor finds his ads;
 *  - Sam (16): a friend and a teacher worry about messages on Instagram → dossier "Sam", just opened.
 * The rest wait in the queue, one of them urgent.
 */
export type DemoReport = {
  /** Stable key: the report's idempotency key, so a second run finds it instead of adding it again. */
  key: string;
  channel: Channel;
  answers: DraftAnswers;
  consents: Record<ConsentPurpose, boolean>;
  /**
   * When it came in, relative to the injected clock (demo-times.ts): a day and a time of day in
   * Amsterdam (a phone or e-mail report in office hours, a young person's late in the evening), or
   * minutes ago for what is happening now. Fictitious like the rest.
   */
  sent: DemoWhen;
  /** A staff question and the reporter's answer through the follow-up, with when each was written. */
  followUp?: { question: string; answer: string; asked: DemoWhen; answered: DemoWhen };
  /** Where the report stands in the queue after the demo. */
  status?: 'triage' | 'investigation';
};

/** The number of the man behind the ads (the monitor demo's template group uses the same one). */
export const DEMO_RICO_PHONE = '06-12348002';

const yes = { police: true, care: true, zvh: true };
const careOnly = { police: false, care: true, zvh: false };

export const DEMO_REPORTS: DemoReport[] = [
  {
    key: 'demo-story-01-lisa-zelf',
    sent: { daysAgo: 18, time: '21:40' },
    channel: 'web',
    answers: {
      reporterKind: 'victim',
      dangerNow: 'no',
      whatHappened:
        'Fictieve demomelding. Mijn vriend is 22 en zegt dat ik zijn vrienden moet helpen omdat hij schulden heeft. Ik moet dan naar een hotel. Ik wil niet meer maar ik ben bang dat hij boos wordt.',
      signals: ['relations', 'behaviour', 'sexual'],
      victimAgeEstimate: '12_15',
      victimAge: '15',
      victimGender: 'girl',
      victimPlace: 'Voorbeeldstad',
      perpetrators: 'Fictief: mijn vriend, ze noemen hem Rico. Rijdt in een zwarte auto.',
      phones: '06-12348001',
      handles: 'snapchat: fictief_rico_vb',
      place: 'Hotel bij Station Voorbeeldstad',
      when: 'Sinds de zomervakantie, vaak op vrijdag',
      anonymous: 'yes',
    },
    consents: { police: false, care: true, zvh: false },
    followUp: {
      question: 'Dank je wel dat je dit durfde te vertellen. Mogen we je bellen, of praat je liever hier verder?',
      answer: 'Ik durf niet te bellen, mijn vriend kijkt op mijn telefoon. Ik schrijf liever hier. (fictief, demo)',
      asked: { daysAgo: 17, time: '10:20' },
      answered: { daysAgo: 17, time: '22:35' },
    },
    status: 'investigation',
  },
  {
    key: 'demo-story-02-lisa-moeder',
    sent: { daysAgo: 16, time: '08:15' },
    channel: 'web',
    answers: {
      reporterKind: 'family',
      dangerNow: 'no',
      whatHappened:
        'Fictieve demomelding. Mijn dochter (15) heeft opeens dure kleren en een tweede telefoon. Ze wordt op vrijdag opgehaald door een oudere man in een zwarte auto en komt pas de volgende dag terug.',
      signals: ['appearance', 'behaviour', 'relations'],
      victimAgeEstimate: '12_15',
      victimAge: '15',
      victimGender: 'girl',
      victimPlace: 'Voorbeeldstad',
      perpetrators: 'Fictief: een man van begin twintig, "Rico"',
      phones: '06-12348001',
      place: 'Voor ons huis in Voorbeeldstad',
      when: 'Elke vrijdag sinds september',
      anonymous: 'no',
      name: 'Fictief: M. Jansen (moeder)',
      phone: '06-12349101',
      email: 'fictief.jansen@vangnet.test',
      contactWay: 'phone',
      contactWhen: 'Na 15:00 uur',
      mayLeaveMessage: 'no',
    },
    consents: yes,
    status: 'investigation',
  },
  {
    key: 'demo-story-03-hotel',
    sent: { daysAgo: 14, time: '23:05' },
    channel: 'web',
    answers: {
      reporterKind: 'hotel',
      dangerNow: 'no',
      whatHappened:
        'Fictieve demomelding. Een man boekt steeds dezelfde kamer voor één nacht en betaalt contant. Er komt een jong meisje mee, daarna komen er om het uur andere mannen naar de kamer.',
      signals: ['relations', 'sexual'],
      victimAgeEstimate: '12_15',
      victimGender: 'girl',
      perpetrators: 'Fictief: boekt onder de naam "R. de Vries", belt met 06-12348002',
      clients: 'Wisselende mannen, 30 tot 60 jaar',
      place: 'Fictief: Hotel De Voorbeeldhaven, kamer 12',
      when: 'De laatste drie vrijdagen',
      anonymous: 'no',
      name: 'Fictief: P. de Bruin (eigenaar Hotel De Voorbeeldhaven)',
      phone: '06-12349102',
      email: 'fictief.receptie@vangnet.test',
      contactWay: 'either',
      contactWhen: 'Overdag',
      mayLeaveMessage: 'yes',
    },
    consents: yes,
    status: 'investigation',
  },
  {
    key: 'demo-story-04-klant',
    sent: { daysAgo: 12, time: '01:30' },
    channel: 'web',
    answers: {
      reporterKind: 'client',
      dangerNow: 'no',
      whatHappened:
        'Fictieve demomelding. Ik reageerde op een advertentie. Het meisje dat in de kamer was leek veel jonger dan 18 en keek steeds naar de deur. Ik ben weggegaan. Ik schaam me, maar dit klopt niet.',
      signals: ['physical', 'behaviour'],
      victimAgeEstimate: '16_17',
      victimGender: 'girl',
      perpetrators: 'Fictief: de man die de advertentie plaatst, nummer 06-12348002',
      urls: 'https://advertenties.example.org/ad/fictief-1',
      place: 'Hotel bij Station Voorbeeldstad',
      when: 'Vorige week vrijdag',
      anonymous: 'yes',
    },
    consents: { police: true, care: false, zvh: false },
    status: 'investigation',
  },
  {
    key: 'demo-story-05-ex-loverboy',
    sent: { daysAgo: 11, time: '22:10' },
    channel: 'web',
    answers: {
      reporterKind: 'ex_perpetrator',
      dangerNow: 'no',
      whatHappened:
        'Fictieve demomelding. Ik deed vroeger zelf dit werk en ben ermee gestopt. Een oude bekende, "Rico", laat nu meisjes werken via advertenties en een hotel. Hij gebruikt steeds dezelfde tekst en hetzelfde nummer.',
      signals: ['relations'],
      victimAgeEstimate: 'unknown',
      perpetrators: 'Fictief: "Rico", ongeveer 22 jaar',
      phones: '06-12348002',
      handles: 'instagram: fictief_rico_vb',
      anonymous: 'yes',
    },
    consents: { police: true, care: false, zvh: false },
    status: 'investigation',
  },
  {
    key: 'demo-story-06-sam-vriendin',
    sent: { daysAgo: 9, time: '19:45' },
    channel: 'web',
    answers: {
      reporterKind: 'bystander',
      dangerNow: 'no',
      whatHappened:
        'Fictieve demomelding. Mijn vriendin Sam (16) krijgt berichten van een man die ze alleen van Instagram kent. Hij geeft haar cadeaus en wil dat ze naar een feest in een andere stad komt.',
      signals: ['relations', 'appearance'],
      victimAgeEstimate: '16_17',
      victimAge: '16',
      victimGender: 'girl',
      victimPlace: 'Voorbeelddorp',
      handles: 'instagram: fictief_feestman_vb',
      anonymous: 'yes',
    },
    consents: careOnly,
    status: 'investigation',
  },
  {
    key: 'demo-story-07-sam-docent',
    sent: { daysAgo: 8, time: '10:05' },
    channel: 'email',
    answers: {
      reporterKind: 'professional',
      dangerNow: 'no',
      whatHappened:
        'Fictieve demomelding. Ik ben mentor op een middelbare school. Een leerling (16) verzuimt sinds kort op vrijdag, is moe en zegt dat ze een nieuwe vriend heeft die "alles voor haar regelt".',
      signals: ['behaviour', 'self_image'],
      victimAgeEstimate: '16_17',
      victimAge: '16',
      victimGender: 'girl',
      victimPlace: 'Voorbeelddorp',
      anonymous: 'no',
      name: 'Fictief: J. Bakker (mentor)',
      email: 'fictief.mentor@vangnet.test',
      contactWay: 'email',
      mayLeaveMessage: 'yes',
    },
    consents: { police: false, care: true, zvh: true },
    status: 'investigation',
  },
  {
    key: 'demo-story-08-nu-in-gevaar',
    sent: { minutesAgo: 35 },
    channel: 'web',
    answers: {
      reporterKind: 'victim',
      dangerNow: 'yes',
      whatHappened: 'Fictieve demomelding. Ik zit in een kamer boven een shoarmazaak en mag niet weg tot er nog twee mannen zijn geweest. Ik ben 16.',
      signals: ['sexual', 'physical'],
      victimAgeEstimate: '16_17',
      victimAge: '16',
      victimGender: 'girl',
      place: 'Fictief: Kerkstraat, Voorbeeldstad',
      when: 'Nu',
      anonymous: 'yes',
    },
    consents: yes,
  },
  {
    key: 'demo-story-09-oma-belt',
    sent: { daysAgo: 2, time: '14:30' },
    channel: 'phone',
    answers: {
      reporterKind: 'family',
      dangerNow: 'no',
      whatHappened: 'Fictieve demomelding (telefonisch opgenomen). Oma belt: haar kleinzoon (14) krijgt geld van volwassen mannen voor "klusjes" en wil niet zeggen wat.',
      signals: ['behaviour', 'appearance'],
      victimAgeEstimate: '12_15',
      victimAge: '14',
      victimGender: 'boy',
      victimPlace: 'Voorbeeldstad',
      anonymous: 'no',
      name: 'Fictief: A. Visser (grootmoeder)',
      phone: '06-12349103',
      contactWay: 'phone',
      contactWhen: 'Ochtend',
      mayLeaveMessage: 'yes',
    },
    consents: careOnly,
    status: 'triage',
  },
  {
    key: 'demo-story-10-buurman',
    sent: { daysAgo: 1, time: '20:50' },
    channel: 'web',
    answers: {
      reporterKind: 'bystander',
      dangerNow: 'no',
      whatHappened: 'Fictieve demomelding. In de flat naast mij worden meisjes die jong lijken steeds door andere mannen op een scooter opgehaald, vooral laat op de avond.',
      signals: ['relations'],
      victimAgeEstimate: 'unknown',
      victimGender: 'unknown',
      perpetrators: 'Fictief: man op een zwarte scooter, kenteken F-123-XX (verzonnen)',
      place: 'Fictief: Dorpsplein, Voorbeelddorp',
      anonymous: 'yes',
    },
    consents: { police: true, care: true, zvh: false },
  },
  {
    key: 'demo-story-11-jeugdwerker',
    sent: { daysAgo: 3, time: '16:20' },
    channel: 'web',
    answers: {
      reporterKind: 'professional',
      dangerNow: 'no',
      whatHappened:
        'Fictieve demomelding. Als jongerenwerker hoor ik dat een man met de bijnaam "Rico" jonge meiden aanspreekt bij het winkelcentrum en ze een "fotoshoot" belooft.',
      signals: ['relations'],
      victimAgeEstimate: '12_15',
      victimGender: 'girl',
      perpetrators: 'Fictief: "Rico", nummer 06-12348002',
      place: 'Fictief: Winkelcentrum Voorbeeldstad',
      anonymous: 'no',
      name: 'Fictief: K. Smit (jongerenwerker)',
      phone: '06-12349104',
      email: 'fictief.jongerenwerk@vangnet.test',
      contactWay: 'either',
      mayLeaveMessage: 'yes',
    },
    consents: yes,
    status: 'triage',
  },
  {
    key: 'demo-story-12-jongen-zelf',
    sent: { minutesAgo: 310 },
    channel: 'web',
    answers: {
      reporterKind: 'victim',
      dangerNow: 'no',
      whatHappened: 'Fictieve demomelding. Ik ben een jongen van 17. Iemand die ik online ken wil dat ik afspreek met zijn "vrienden" en dreigt foto\'s door te sturen als ik niet wil.',
      signals: ['self_image', 'sexual'],
      victimAgeEstimate: '16_17',
      victimAge: '17',
      victimGender: 'boy',
      handles: 'telegram: fictief_vriend_vb',
      anonymous: 'yes',
    },
    consents: careOnly,
  },
];
