import type { DemoEvidence } from '../../evidence/index.ts';
import type { Status } from '../dossier/workflow.ts';

/**
 * The demo's three dossiers (`vangnet demo`), opened from the intake demo's story reports
 * (intake/demo-story.ts) and worked on through the dossier commands. Everything is fictitious: names
 * start with "Fictief", numbers are in the fixtures' 06-1234xxxx block. Titles are unique: a dossier
 * whose title exists is skipped, so a second run adds nothing.
 */
export type DemoDossier = {
  title: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  reportKeys: string[];
  people: Record<string, string>[];
  /** Form values of a signal; `person` is the index of one of `people`. */
  signals: (Record<string, string> & { daysAgo: string; person?: string })[];
  evidence: DemoEvidence[];
  notes: string[];
  summary: { vermoeden: 'unclear' | 'yes' | 'no'; samenvatting: string };
  /** Criteria states (seed 003 §3.9) with the reason. */
  criteria?: Partial<Record<'suspect_known' | 'coerced_boundaries' | 'economic_gain', [state: 'met' | 'not_met', evidence: string]>>;
  /** Where the workflow ends; handed_over goes through the four-eyes handover with recorded consent. */
  status: Extract<Status, 'open' | 'investigation' | 'handed_over'>;
};

export const DEMO_DOSSIERS: DemoDossier[] = [
  {
    title: 'Fictief: Lisa (15), hotel bij Station Voorbeeldstad',
    priority: 'high',
    reportKeys: ['demo-story-01-lisa-zelf', 'demo-story-02-lisa-moeder', 'demo-story-03-hotel'],
    people: [
      { rol: 'possible_victim', naam: 'Fictief: Lisa J.', leeftijd: '15', geslacht: 'female', plaats: 'Voorbeeldstad', beschrijving: 'Fictief. Tweede telefoon, dure kleding, op vrijdag weg tot de volgende dag.' },
      {
        rol: 'suspected_trafficker',
        naam: 'Fictief: "Rico" (bijnaam)',
        aliassen: 'R. de Vries',
        schatting: 'begin twintig',
        geslacht: 'male',
        beschrijving: 'Fictief. Zwarte auto, belt met 06-12348001; boekt de hotelkamer met 06-12348002. Snapchat fictief_rico_vb.',
      },
      { rol: 'family_member', naam: 'Fictief: M. Jansen (moeder)', geslacht: 'female', plaats: 'Voorbeeldstad', beschrijving: 'Fictief. Meldde zelf, wil meewerken.' },
    ],
    signals: [
      { groep: 'appearance', soort: 'fact', tekst: 'Fictief: draagt sinds september dure merkkleding die ze niet zelf kan betalen.', bron: 'Melding van de moeder', daysAgo: '20', person: '0' },
      { groep: 'towards_others', soort: 'observation', tekst: 'Fictief: wordt elke vrijdag opgehaald door een oudere man in een zwarte auto.', bron: 'Melding van de moeder', daysAgo: '14', person: '0' },
      { groep: 'sexual_behaviour', soort: 'observation', tekst: 'Fictief: na haar komen steeds andere mannen naar kamer 12.', bron: 'Melding van de hoteleigenaar', daysAgo: '7', person: '0' },
      { groep: 'behaviour', soort: 'interpretation', tekst: 'Fictief: durft niet te bellen omdat haar vriend op haar telefoon kijkt; lijkt gecontroleerd te worden.', bron: 'Antwoord van de melder via de vervolgpagina', daysAgo: '3', person: '0' },
    ],
    evidence: [
      {
        title: 'Fictief: chatgesprek, overgetypt door de moeder',
        source: 'Fictief: door de moeder overgetypt uit de tweede telefoon (demo)',
        fileName: 'fictief-chat-overgetypt.txt',
        text: 'FICTIEF DEMOBESTAND - geen echte personen.\n[vr 18:02] Rico (06-12348001): ben er om 8 uur. doe die witte jurk aan\n[vr 18:05] L: ik wil vandaag niet\n[vr 18:06] Rico: je weet wat je me nog schuldig bent\n',
      },
      {
        title: 'Fictief: boekingsoverzicht kamer 12',
        source: 'Fictief: afgedrukt door Hotel De Voorbeeldhaven (demo)',
        fileName: 'fictief-boekingen.txt',
        text: 'FICTIEF DEMOBESTAND - geen echte personen.\nKamer 12 - R. de Vries - tel. 06-12348002 - contant - 3 vrijdagen achter elkaar, steeds 1 nacht.\n',
      },
    ],
    notes: ['Fictief: gesprek met de moeder gehad; zij tekent de toestemming voor overdracht aan de politie.'],
    summary: {
      vermoeden: 'yes',
      samenvatting: 'Fictief. Lisa (15) wordt door "Rico" naar een hotel gebracht waar andere mannen komen. Alle drie de criteria zijn vervuld. Overgedragen aan de politie met toestemming van de moeder.',
    },
    criteria: {
      suspect_known: ['met', 'Fictief: bijnaam, nummers en auto bekend uit drie meldingen.'],
      coerced_boundaries: ['met', 'Fictief: "je weet wat je me schuldig bent" (chatgesprek).'],
      economic_gain: ['met', 'Fictief: wisselende mannen, kamer contant betaald.'],
    },
    status: 'handed_over',
  },
  {
    title: 'Fictief: "Rico", advertenties en hotelkamers',
    priority: 'urgent',
    reportKeys: ['demo-story-04-klant', 'demo-story-05-ex-loverboy'],
    people: [
      {
        rol: 'suspected_trafficker',
        naam: 'Fictief: "Rico" (bijnaam)',
        aliassen: 'R. de Vries; fictief_rico_vb',
        schatting: 'ongeveer 22',
        geslacht: 'male',
        beschrijving: 'Fictief. Plaatst advertenties met 06-12348002 en boekt hotelkamers onder een andere naam.',
      },
      { rol: 'possible_victim', naam: 'Fictief: onbekend meisje uit de advertentie', schatting: '16 of 17', geslacht: 'female', beschrijving: 'Fictief. Volgens een klant veel jonger dan 18.' },
      { rol: 'client', naam: 'Fictief: anonieme klant', geslacht: 'male', beschrijving: 'Fictief. Meldde zelf en ging weg.' },
    ],
    signals: [
      { groep: 'physical', soort: 'observation', tekst: 'Fictief: het meisje leek veel jonger dan 18 en keek steeds naar de deur.', bron: 'Melding van een klant', daysAgo: '9', person: '1' },
      { groep: 'towards_others', soort: 'fact', tekst: 'Fictief: dezelfde advertentietekst en hetzelfde nummer 06-12348002 in meerdere steden.', bron: 'Online monitor', daysAgo: '2' },
    ],
    evidence: [
      {
        title: 'Fictief: verklaring van een oud-loverboy, uitgeschreven',
        source: 'Fictief: telefoongesprek met de melder, uitgeschreven door de rechercheur (demo)',
        fileName: 'fictief-verklaring.txt',
        text: 'FICTIEF DEMOBESTAND - geen echte personen.\nMelder: "Rico zet steeds dezelfde advertentie online, alleen de stad verandert. Zijn nummer is 06-12348002."\n',
      },
    ],
    notes: ['Fictief: de online monitor vindt een groep advertenties met hetzelfde nummer; nagaan of Lisa\'s dossier dezelfde persoon betreft.'],
    summary: { vermoeden: 'unclear', samenvatting: 'Fictief. Vermoedelijk dezelfde "Rico" als in het dossier van Lisa. Onderzoek loopt: advertenties, hotel, klantmelding.' },
    criteria: { suspect_known: ['met', 'Fictief: nummer en bijnaam bekend.'] },
    status: 'investigation',
  },
  {
    title: 'Fictief: Sam (16), benaderd via Instagram',
    priority: 'normal',
    reportKeys: ['demo-story-06-sam-vriendin', 'demo-story-07-sam-docent'],
    people: [
      { rol: 'possible_victim', naam: 'Fictief: Sam K.', leeftijd: '16', geslacht: 'female', plaats: 'Voorbeelddorp', beschrijving: 'Fictief. Verzuimt op vrijdag, nieuwe "vriend" online.' },
      { rol: 'suspected_trafficker', naam: 'Fictief: onbekende man', aliassen: 'fictief_feestman_vb', geslacht: 'male', beschrijving: 'Fictief. Instagram fictief_feestman_vb; geeft cadeaus, nodigt uit voor feesten.' },
    ],
    signals: [{ groep: 'behaviour', soort: 'fact', tekst: 'Fictief: sinds vier weken elke vrijdag afwezig op school.', bron: 'Melding van de mentor', daysAgo: '5', person: '0' }],
    evidence: [
      {
        title: 'Fictief: berichten op Instagram, overgetypt door een vriendin',
        source: 'Fictief: overgetypt door de melder (demo)',
        fileName: 'fictief-instagram.txt',
        text: 'FICTIEF DEMOBESTAND - geen echte personen.\nfictief_feestman_vb: hey mooie, zaterdag feest in de stad, ik regel alles, ook je treinkaartje\n',
      },
    ],
    notes: ['Fictief: eerst een gesprek met de mentor plannen.'],
    summary: { vermoeden: 'unclear', samenvatting: 'Fictief. Twee meldingen over Sam; nog niet duidelijk of er sprake is van uitbuiting.' },
    status: 'open',
  },
];
