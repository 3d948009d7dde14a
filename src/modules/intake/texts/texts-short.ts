import { catalog, type Lang } from '../../../web/i18n.ts';
import { speaksAsJij } from './texts-victim.ts';

/** Texts of the short way to report (three pages), the choice on /melden and the skip link (issue 14). */
export const shortText = catalog({
  nl: {
    startIntro: [
      'U mag anoniem melden. Wij bewaren dan geen IP-adres en geen gegevens over uw apparaat.',
      'Aan het einde krijgt u een bewijscode. Daarmee kunt u later terugkomen om berichten te lezen en te beantwoorden.',
    ],
    chooseTitle: 'Hoe wilt u melden?',
    shortTitle: 'Kort melden (3 stappen)',
    shortText: 'Drie korte vragen: wat er gebeurde, of er nu gevaar is, en anoniem of niet. Daarna kunt u meteen of later meer vertellen.',
    fullTitle: 'Uitgebreid melden',
    fullText: '9 vragen, ongeveer 10 minuten: ook over wie erbij betrokken zijn, telefoonnummers en accounts, waar en wanneer, bestanden en toestemming. Vragen die niet verplicht zijn kunt u overslaan.',
    continueTitle: 'U was al bezig met een melding',
    continueLink: 'Verder met die melding',
    stepOf: (n: number) => `Stap ${n} van 3`,
    // Shorter than on the full path, so page 1 stays short on a phone.
    kindOptions: {
      victim: 'Het gaat om mij',
      family: 'Ik ben ouder of familie',
      bystander: 'Ik ben vriend(in), kennis of buur',
      professional: 'Ik zie het in mijn werk',
      hotel: 'Ik heb een hotel of verhuur kamers',
      client: 'Ik was klant',
      ex_perpetrator: 'Ik was loverboy of lovergirl, of hielp daarbij',
    },
    steps: { wat: 'Wat is er gebeurd?', gevaar: 'Is er nu iemand in gevaar?', contact: 'Anoniem of met contactgegevens?' },
    dangerCall: 'U zei dat er nu gevaar is. Bel eerst 112 als dat kan. Uw melding zetten wij bovenaan.',
    sendText: 'Als u op "Melding versturen" drukt, is uw melding bij ons binnen en krijgt u een bewijscode.',
    sendButton: 'Melding versturen',
    skip: 'Sla deze vraag over',
    addTitle: 'Meer vertellen?',
    addNow: 'U kunt nu meteen meer vertellen of een bestand meesturen, bijvoorbeeld telefoonnummers, accounts, waar het gebeurde of wie erbij betrokken is. Daar kiest u ook wat wij met uw melding mogen doen.',
    addNowButton: 'Nu meer vertellen',
    addLater: 'Of later: ga naar "Mijn melding" en vul uw bewijscode in.',
  },
  en: {
    startIntro: [
      'You may report anonymously. We then keep no IP address and no data about your device.',
      'At the end you get a receipt code. With it you can come back later to read and answer messages.',
    ],
    chooseTitle: 'How do you want to report?',
    shortTitle: 'Short report (3 steps)',
    shortText: 'Three short questions: what happened, whether there is danger now, and anonymous or not. Afterwards you can tell us more, now or later.',
    fullTitle: 'Full report',
    fullText: '9 questions, about 10 minutes: also who is involved, phone numbers and accounts, where and when, files and permission. You can skip the questions that are optional.',
    continueTitle: 'You already started a report',
    continueLink: 'Continue with that report',
    stepOf: (n: number) => `Step ${n} of 3`,
    kindOptions: {
      victim: 'It is about me',
      family: 'I am a parent or relative',
      bystander: 'I am a friend, acquaintance or neighbour',
      professional: 'I see it in my work',
      hotel: 'I run a hotel or rent out rooms',
      client: 'I was a client',
      ex_perpetrator: 'I was a loverboy or lovergirl, or helped one',
    },
    steps: { wat: 'What happened?', gevaar: 'Is someone in danger right now?', contact: 'Anonymous or with contact details?' },
    dangerCall: 'You said there is danger now. Call 112 first if you can. We put your report at the top.',
    sendText: 'When you press "Send report", your report reaches us and you get a receipt code.',
    sendButton: 'Send report',
    skip: 'Skip this question',
    addTitle: 'Tell us more?',
    addNow: 'You can tell us more right now or send a file, for example phone numbers, accounts, where it happened or who is involved. There you also choose what we may do with your report.',
    addNowButton: 'Tell us more now',
    addLater: 'Or later: go to "My report" and enter your receipt code.',
  },
});

type ShortTexts = typeof shortText.nl;

const victimNl: ShortTexts = {
  ...shortText.nl,
  stepOf: shortText.nl.stepOf,
  dangerCall: 'Je zei dat er nu gevaar is. Bel eerst 112 als dat kan. Je melding zetten wij bovenaan.',
  sendText: 'Als je op "Melding versturen" drukt, is je melding bij ons binnen en krijg je een bewijscode.',
  addNow: 'Je kunt nu meteen meer vertellen of een bestand meesturen, bijvoorbeeld telefoonnummers, accounts, waar het gebeurde of wie jou onder druk zet. Daar kies je ook wat wij met je melding mogen doen.',
  addLater: 'Of later: ga naar "Mijn melding" en vul je bewijscode in.',
};

/** The short-path texts for this language and reporter type ("jij" for the victim, as in texts-victim.ts). */
export const shortTextFor = (lang: Lang, reporterKind: string | undefined): ShortTexts =>
  lang === 'en' ? (shortText.en as ShortTexts) : speaksAsJij(reporterKind) ? victimNl : shortText.nl;
