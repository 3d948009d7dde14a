import type { RefusalGround } from '../requests/kinds.ts';

/** Texts of the answer itself (PDF): always both languages, Dutch first, at B1. */
const pair = (nl: string, en: string) => ({ nl, en });

const KIND: Record<string, { nl: string; en: string }> = {
  inzage: pair('inzage in uw gegevens', 'access to your data'),
  correctie: pair('het verbeteren van uw gegevens', 'correction of your data'),
  beperking: pair('het beperken van het gebruik van uw gegevens', 'restriction of the use of your data'),
  wissen: pair('het wissen van uw gegevens', 'erasure of your data'),
  bezwaar: pair('bezwaar tegen het gebruik van uw gegevens', 'objection to the use of your data'),
};

const TYPE: Record<string, { nl: string; en: string }> = {
  report: pair('Melding', 'Report'),
  dossier_person: pair('Persoon in een dossier', 'Person in a dossier'),
  decoy_contact: pair('Gesprek met een lokprofiel', 'Decoy conversation'),
  evidence: pair('Bewijsstuk', 'Evidence item'),
  ad: pair('Advertentie', 'Advertisement'),
  dossier: pair('Dossier', 'Dossier'),
};

const GROUND: Record<RefusalGround, { nl: string; en: string }> = {
  criminal_investigation: pair('Er loopt een strafrechtelijk onderzoek (AVG art. 23, UAVG art. 41).', 'A criminal investigation is running (GDPR art. 23, UAVG art. 41).'),
  rights_of_others: pair('Het raakt de rechten van andere mensen (AVG art. 15 lid 4).', 'It affects the rights of other people (GDPR art. 15(4)).'),
  unfounded: pair('Het verzoek is kennelijk ongegrond of buitensporig (AVG art. 12 lid 5).', 'The request is manifestly unfounded or excessive (GDPR art. 12(5)).'),
  other: pair('Een andere wettelijke grond; vraag ons gerust welke.', 'Another legal ground; feel free to ask us which.'),
};

export const answerText = {
  title: pair('Antwoord op uw verzoek', 'Answer to your request'),
  subject: 'Antwoord op een verzoek van een betrokkene (AVG)',
  intro: (kind: string, receivedOn: string, answeredOn: string) =>
    pair(
      `U vroeg om ${KIND[kind]?.nl ?? kind}. Wij kregen uw verzoek op ${receivedOn}. Dit is ons antwoord van ${answeredOn}.`,
      `You asked for ${KIND[kind]?.en ?? kind}. We received your request on ${receivedOn}. This is our answer of ${answeredOn}.`,
    ),
  givenTitle: pair('Welke gegevens wij over u hebben', 'What data we hold about you'),
  nothingGiven: pair('Wij geven u in dit antwoord geen gegevens.', 'We give you no data in this answer.'),
  namedNote: pair(
    'U wordt hierin genoemd. Wie dit aan ons heeft gemeld, zeggen wij niet: dat beschermt de melder.',
    'You are named in this. We do not say who told us: that protects the reporter.',
  ),
  otherTitle: pair('Wat wij verder hebben gedaan', 'What else we did'),
  counts: (corrected: number, restricted: number, erased: number) =>
    pair(
      `Verbeterd: ${corrected}. Beperkt: ${restricted}. Gewist: ${erased}. (Aantal gegevens; wij voeren dit zo snel mogelijk uit.)`,
      `Corrected: ${corrected}. Restricted: ${restricted}. Erased: ${erased}. (Number of records; we carry this out as soon as possible.)`,
    ),
  refusedIntro: pair('Sommige gegevens geven wij niet, of wij doen niet wat u vroeg. De reden:', 'Some data we do not give, or we do not do what you asked. The reason:'),
  rightsTitle: pair('Bent u het er niet mee eens?', 'Do you disagree?'),
  rights: pair(
    'Neem contact op met onze privacyfunctionaris. U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens, of naar de rechter gaan.',
    'Contact our privacy officer. You can also complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens), or go to court.',
  ),
  recordType: (type: string) => TYPE[type] ?? pair(type, type),
  ground: (g: RefusalGround) => GROUND[g],
};
