/**
 * The NJi checklist "Hoe pak je loverboyproblematiek aan? Checklist voor gemeenten" (seed 002) as
 * data: five themes, each with its check questions, why it matters, what a municipality can do, where
 * to read more and examples from practice. The structure and the facts (programmes, organisations,
 * links) come from the seed; the sentences are Vangnet's own, in plain Dutch (B1).
 * Question ids are stable: saved answers and action items refer to them.
 */
type Bi = { nl: string; en: string };

export type ChecklistQuestion = { id: string; text: Bi; /** Links to the municipality's own figures. */ figures?: 'local' | 'comensha' };

export type ChecklistTheme = {
  slug: string;
  title: Bi;
  questions: ChecklistQuestion[];
  why: Bi;
  advice: Bi[];
  links: { label: string; href: string }[];
  examples: Bi[];
};

export const CHECKLIST_VERSION = 'nji-2017-v1';

export const THEMES: ChecklistTheme[] = [
  {
    slug: 'kennis',
    title: { nl: 'Kennis en bewustwording', en: 'Knowledge and awareness' },
    questions: [
      { id: 'k1', text: { nl: 'Kent u de landelijke cijfers over mensenhandel en loverboyproblematiek?', en: 'Do you know the national figures on human trafficking and loverboy practices?' } },
      { id: 'k2', text: { nl: 'Kent u de lokale cijfers over mensenhandel en loverboyproblematiek?', en: 'Do you know the local figures on human trafficking and loverboy practices?' }, figures: 'local' },
      { id: 'k3', text: { nl: 'Kennen professionals in uw gemeente de manier om slachtoffers aan te melden bij CoMensha? Doen ze dat ook?', en: 'Do professionals in your municipality know how to register victims with CoMensha? Do they do so?' }, figures: 'comensha' },
      { id: 'k4', text: { nl: 'Werken de afdeling jeugd en de afdeling veiligheid allebei mee aan de aanpak?', en: 'Do both the youth care department and the safety department take part?' } },
    ],
    why: {
      nl: 'U kunt pas een goede aanpak maken als u weet dat het probleem er is. Loverboyproblematiek is vaak niet te zien. Het speelt niet alleen in grote steden, maar ook in kleine gemeenten.',
      en: 'You can only build a sound approach once you know the problem is there. Loverboy practices are often hidden. They happen not only in big cities but in small municipalities too.',
    },
    advice: [
      { nl: 'Houd als gemeente zelf de aantallen bij.', en: 'Keep count of the numbers yourself.' },
      { nl: 'Zorg dat (vermoedelijke) slachtoffers worden aangemeld bij CoMensha, het landelijk Coördinatiecentrum Mensenhandel. Goed beleid begint met betrouwbare cijfers.', en: 'Make sure (presumed) victims are registered with CoMensha, the national coordination centre. Good policy starts with reliable figures.' },
      { nl: 'Verbind de aanpak met andere thema’s, zoals kindermishandeling en huiselijk geweld (jeugd) en ondermijning (veiligheid). Dan krijgt het onderwerp de aandacht die het nodig heeft.', en: 'Link the approach to related policy, such as child abuse and domestic violence (youth) and organised crime (safety), so it gets the urgency it needs.' },
    ],
    links: [
      { label: 'CCV: mensenhandel en het basisniveau bestuurlijke aanpak', href: 'https://hetccv.nl/onderwerpen/mensenhandel/' },
      { label: 'Wegwijzer Mensenhandel', href: 'https://www.wegwijzermensenhandel.nl/' },
      { label: 'CoMensha', href: 'http://www.mensenhandel.nl/' },
      { label: 'Nationaal Rapporteur Mensenhandel', href: 'http://www.nationaalrapporteur.nl/' },
    ],
    examples: [
      { nl: 'Amsterdam: de training ‘De bril op’ van Spirit/Qpido en Jeugdbescherming Amsterdam leert professionals de signalen vroeg te zien.', en: 'Amsterdam: the training ‘De bril op’ by Spirit/Qpido and Jeugdbescherming Amsterdam teaches professionals to spot signs early.' },
      { nl: 'Utrecht betaalt het team Pretty Woman (De Rading). Dat team geeft trainingen en advies aan professionals over seksualiteit, liefde en misbruik in relaties.', en: 'Utrecht funds the Pretty Woman team (De Rading), which trains and advises professionals on sexuality, love and abusive relationships.' },
      { nl: 'Rotterdam: Humanitas PMW maakte de training ‘signaleren van jeugdprostitutie’ voor hulpverleners en docenten.', en: 'Rotterdam: Humanitas PMW built the training ‘signaleren van jeugdprostitutie’ for care workers and teachers.' },
      { nl: 'Limburg: Helse Liefde geeft scholing aan professionals over slachtoffers, daders en hulp aan ouders.', en: 'Limburg: Helse Liefde trains professionals on victims, perpetrators and support for parents.' },
    ],
  },
  {
    slug: 'preventie',
    title: { nl: 'Preventie en voorlichting', en: 'Prevention and information' },
    questions: [
      { id: 'p1', text: { nl: 'Is er een beleidsplan voor preventie en voorlichting (algemeen en voor risicogroepen)?', en: 'Is there a policy plan for prevention and information (general and for risk groups)?' } },
      { id: 'p2', text: { nl: 'Doen scholen (ook speciaal onderwijs), de GGD en andere afdelingen van de gemeente mee?', en: 'Do schools (including special education), the public health service and other municipal departments take part?' } },
      { id: 'p3', text: { nl: 'Weet u welke groepen in uw gemeente meer risico lopen?', en: 'Do you know which groups in your municipality are at higher risk?' } },
      { id: 'p4', text: { nl: 'Is er geld voor de voorlichting geregeld?', en: 'Is funding for information activities in place?' } },
      { id: 'p5', text: { nl: 'Weten scholen en andere afnemers waar ze informatie vinden over voorlichting en preventieprogramma’s?', en: 'Do schools and other users know where to find information on prevention programmes?' } },
      { id: 'p6', text: { nl: 'Weten de mensen die voorlichting geven waar ze met signalen terechtkunnen?', en: 'Do the people giving information sessions know where to take signals?' } },
    ],
    why: {
      nl: 'Voorkomen is het beste. Sommige jongeren lopen meer risico, bijvoorbeeld jongeren met een licht verstandelijke beperking. Praat met jongeren over weerbaarheid, sociale media, relaties en seksualiteit. Sluit aan bij wat nu speelt, zoals ronselen via sociale media.',
      en: 'Prevention is best. Some young people are at higher risk, for example those with a mild intellectual disability. Talk with them about resilience, social media, relationships and sexuality, and keep up with current methods such as recruiting through social media.',
    },
    advice: [
      { nl: 'Geef voorlichting en preventie een vaste plek op scholen (ook de basisschool) en in het jongerenwerk. Na een voorlichting zoeken jongeren soms contact: zo komen signalen boven.', en: 'Give prevention a permanent place in schools (primary schools too) and youth work. Young people sometimes come forward after a session, which brings signals to light.' },
      { nl: 'Bekijk het barrièremodel van het CCV: het laat per fase zien hoe u loverboys kunt hinderen.', en: 'Look at the CCV barrier model: it shows per phase how to obstruct loverboys.' },
    ],
    links: [
      { label: 'Barrièremodel van het CCV (met inlog)', href: 'https://www.barrieremodellen.nl/' },
      { label: 'School en Veiligheid: sexting', href: 'https://www.schoolenveiligheid.nl/actueel/sexting-en-school/' },
    ],
    examples: [
      { nl: 'Den Haag: de lespakketten ‘Wat jij wil’ en ‘Jongens’ voor voortgezet onderwijs en mbo.', en: 'The Hague: the lesson packages ‘Wat jij wil’ and ‘Jongens’ for secondary schools and vocational colleges.' },
      { nl: 'Amsterdam: ‘Je lijf, je lief’, ‘Lang leve de liefde’ en ‘Liefde is…’, en de les ‘Sexting & Grooming’ van Qpido met de zedenpolitie.', en: 'Amsterdam: ‘Je lijf, je lief’, ‘Lang leve de liefde’ and ‘Liefde is…’, and the lesson ‘Sexting & Grooming’ by Qpido with the vice police.' },
      { nl: 'Utrecht: ‘Bloedlink’ over sexting, van Pretty Woman, Politie Utrecht, Al Amal en Stichting JOU.', en: 'Utrecht: ‘Bloedlink’ on sexting, by Pretty Woman, Utrecht police, Al Amal and Stichting JOU.' },
      { nl: 'Apeldoorn: nep-loverboy-acties van politie, MEE, Stimenz en Veilig Thuis maken jongeren van 13 tot 15 bewust van hun kwetsbaarheid.', en: 'Apeldoorn: fake-loverboy actions by police, MEE, Stimenz and Veilig Thuis make 13 to 15-year-olds aware of their vulnerability.' },
    ],
  },
  {
    slug: 'signaleren',
    title: { nl: 'Signaleren en melden', en: 'Signalling and reporting' },
    questions: [
      { id: 's1', text: { nl: 'Kennen professionals in basisvoorzieningen en wijkteams de signalen? Weten ze wat ze moeten doen?', en: 'Do professionals in basic services and neighbourhood teams know the signs and what to do?' } },
      { id: 's2', text: { nl: 'Is er een lokaal of regionaal meldpunt voor slachtoffers, ouders, omstanders en professionals? Of kunnen zij terecht bij een ander meldpunt?', en: 'Is there a local or regional reporting point for victims, parents, bystanders and professionals, or can they use another one?' } },
      { id: 's3', text: { nl: 'Vertelt de gemeente hierover in haar gewone informatie?', en: 'Does the municipality mention it in its regular information?' } },
      { id: 's4', text: { nl: 'Sluit het signaleren en melden aan bij de meldcode huiselijk geweld en kindermishandeling?', en: 'Does signalling and reporting connect with the reporting code for domestic violence and child abuse?' } },
      { id: 's5', text: { nl: 'Werkt het meldpunt samen met de zorg- en veiligheidsketen?', en: 'Does the reporting point work with the care and safety chain?' } },
    ],
    why: {
      nl: 'Loverboyproblematiek is niet altijd goed te herkennen. Slachtoffers zeggen zelden zelf dat ze worden uitgebuit, soms uit schaamte of angst. Daarom moet voor iedereen duidelijk zijn waar je met zorgen terechtkunt.',
      en: 'Loverboy practices are not always easy to recognise. Victims rarely say they are being exploited, sometimes out of shame or fear. So everyone must know where to go with concerns.',
    },
    advice: [
      { nl: 'Zorg voor een meldpunt waar zorgen en vermoedens gemeld kunnen worden, of sluit aan bij Veilig Thuis.', en: 'Provide a reporting point for concerns and suspicions, or connect to Veilig Thuis.' },
      { nl: 'Ga na of basis- en eerstelijnsvoorzieningen de signalen en de meldroute kennen. Maak scholing mogelijk.', en: 'Check that basic and first-line services know the signs and the reporting route. Make training possible.' },
    ],
    links: [
      { label: 'CCV: e-learning signaleren van mensenhandel', href: 'https://hetccv.nl/onderwerpen/mensenhandel/' },
      { label: 'Wegwijzer Mensenhandel', href: 'http://www.wegwijzermensenhandel.nl/' },
    ],
    examples: [
      { nl: 'Enschede: het meldpunt loverboyproblematiek Twente zit in het stedelijk team huiselijk geweld. Twee wijkcoaches leiden het; bij gegronde zorgen komt er een plan van aanpak en een casuscoördinator.', en: 'Enschede: the Twente loverboy reporting point sits in the city team for domestic violence, led by two neighbourhood coaches; founded concerns get a plan and a case coordinator.' },
      { nl: 'Veilig Thuis West-Brabant heeft een procesregisseur seksueel geweld, die de zorg en de veiligheidsketen verbindt.', en: 'Veilig Thuis West-Brabant has a process director for sexual violence who links care and safety.' },
    ],
  },
  {
    slug: 'samenwerken',
    title: { nl: 'Samenwerken in de zorg- en veiligheidsketen', en: 'Cooperation in the care and safety chain' },
    questions: [
      { id: 'w1', text: { nl: 'Is duidelijk welke partijen in de regio een rol hebben, en is de samenwerking geregeld (hulp én veiligheid, jeugd en volwassenen)?', en: 'Is it clear which parties in the region have a role, and is cooperation arranged (help and safety, youth and adults)?' } },
      { id: 'w2', text: { nl: 'Staan de afspraken tussen zorg en veiligheid op papier?', en: 'Are the agreements between care and safety written down?' } },
      { id: 'w3', text: { nl: 'Is de zorgcoördinatie belegd?', en: 'Is care coordination assigned?' } },
      { id: 'w4', text: { nl: 'Is er een convenant over het delen van gegevens?', en: 'Is there a covenant on sharing information?' } },
      { id: 'w5', text: { nl: 'Is er verbinding met de aanpak van daders, samen met andere gemeenten in de regio?', en: 'Is there a link with the approach to perpetrators, together with other municipalities in the region?' } },
    ],
    why: {
      nl: 'Als zorg en veiligheid goed samenwerken, komt hulp snel op gang en is het slachtoffer sneller veilig. Het helpt ook om daders op te sporen en nieuwe slachtoffers te voorkomen.',
      en: 'When care and safety work well together, help starts quickly and the victim is safe sooner. It also helps to trace perpetrators and prevent new victims.',
    },
    advice: [
      { nl: 'Betrek politie, justitie, artsen, eerstelijnshulp, jeugdzorg, jeugdbescherming, jeugd-GGZ, jeugd-LVB, CoMensha en de vrouwenopvang.', en: 'Involve police, justice, doctors, first-line help, youth care, child protection, youth mental health, youth LVB care, CoMensha and women’s shelters.' },
      { nl: 'Maak duidelijk wie de zorgcoördinatie heeft.', en: 'Make clear who does care coordination.' },
      { nl: 'Zorg voor verbinding met de daderaanpak.', en: 'Connect with the approach to perpetrators.' },
      { nl: 'Leg afspraken vast in een samenwerkingsconvenant, met afspraken over het delen van informatie.', en: 'Put agreements in a cooperation covenant, including how information is shared.' },
    ],
    links: [{ label: 'Wegwijzer Mensenhandel: zorgcoördinatoren', href: 'https://www.wegwijzermensenhandel.nl/' }],
    examples: [
      { nl: 'Rotterdam: de zorgtafel Jeugdprostitutie en Mensenhandel, met onder meer gemeente, politie, Humanitas PMW, jeugdbescherming, Fier en MEE. Heldere privacyafspraken zijn een voorwaarde.', en: 'Rotterdam: the care table on youth prostitution and trafficking, with the municipality, police, Humanitas PMW, child protection, Fier and MEE. Clear privacy agreements are a condition.' },
      { nl: 'Utrecht: politie, gemeente en buurtteams legden hun samenwerking vast in een convenant.', en: 'Utrecht: police, municipality and neighbourhood teams set down their cooperation in a covenant.' },
    ],
  },
  {
    slug: 'opvang',
    title: { nl: 'Opvang, behandeling en nazorg', en: 'Shelter, treatment and aftercare' },
    questions: [
      { id: 'o1', text: { nl: 'Weet u welk (gespecialiseerd) aanbod er is in de gemeente, de regio en het land?', en: 'Do you know the (specialised) services available locally, regionally and nationally?' } },
      { id: 'o2', text: { nl: 'Voldoet de opvang en hulp die u inkoopt aan de kwaliteitseisen van de commissie Azough?', en: 'Do the shelter and help you purchase meet the quality criteria of the Azough committee?' } },
      { id: 'o3', text: { nl: 'Is de nazorg geregeld?', en: 'Is aftercare arranged?' } },
      { id: 'o4', text: { nl: 'Worden ouders en het netwerk van de jongere betrokken?', en: 'Are parents and the young person’s network involved?' } },
    ],
    why: {
      nl: 'Slachtoffers hebben vaak veel meegemaakt en hebben eerst medische en psychische hulp en een veilige plek nodig. Daarna bereiden ze zich stap voor stap voor op het gewone leven. Goede nazorg helpt voorkomen dat iemand opnieuw slachtoffer wordt.',
      en: 'Victims have often been through a lot and first need medical and psychological help and a safe place. Then they prepare step by step for ordinary life. Good aftercare helps prevent repeat victimisation.',
    },
    advice: [
      { nl: 'De gemeente is verantwoordelijk voor de juiste hulp aan slachtoffers.', en: 'The municipality is responsible for the right help for victims.' },
      { nl: 'Gebruik het kwaliteitskader van de commissie Azough bij de inkoop van zorg.', en: 'Use the Azough committee’s quality framework when purchasing care.' },
    ],
    links: [{ label: 'Databank effectieve jeugdinterventies (NJi)', href: 'http://www.nji.nl/nl/Databank/Databank-Effectieve-Jeugdinterventies' }],
    examples: [
      { nl: 'Er zijn tien tot vijftien regionale organisaties met gespecialiseerde hulp, vooral verblijf met behandeling. Fier en Kompaan en de Bocht zitten in het landelijk transitiearrangement van de VNG.', en: 'Ten to fifteen regional organisations offer specialised help, mostly residential. Fier and Kompaan en de Bocht are in the national transition arrangement of the VNG.' },
    ],
  },
];

export const ANSWERS = ['yes', 'partly', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];

export const answerLabels: Record<Answer, Bi> = {
  yes: { nl: 'Ja', en: 'Yes' },
  partly: { nl: 'Deels', en: 'Partly' },
  no: { nl: 'Nee', en: 'No' },
  unknown: { nl: 'Weet ik niet', en: 'Don’t know' },
};

export const ALL_QUESTIONS: ChecklistQuestion[] = THEMES.flatMap((t) => t.questions);

export const questionById = (id: string): ChecklistQuestion | undefined => ALL_QUESTIONS.find((q) => q.id === id);

export const themeOfQuestion = (id: string): ChecklistTheme | undefined => THEMES.find((t) => t.questions.some((q) => q.id === id));
