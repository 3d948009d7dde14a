import type { LangContent } from './blocks.ts';

/**
 * The information pages Vangnet starts with, written from the facts in the seed documents (WATCH's
 * way of working, the ZVH article, the CCV signal list and the LVB five-step plan in the research
 * report, the 2017 decoy article) in our own clear Dutch and English. They are loaded as content
 * (version 1, published by "Vangnet") the first time the app starts, so the communications role can
 * change them like any other page.
 */
export type DefaultPage = { slug: string; nl: Omit<LangContent, 'blocks'>; en: Omit<LangContent, 'blocks'> };

/** What to do now: the end of every audience page (seed 000 and seed 003 §3.12). */
const nowNl = (you: 'je' | 'u') =>
  you === 'je'
    ? `## Wat kun je nu doen?

- Is er nu gevaar? Bel meteen [112](tel:112).
- Bel gratis het meldpunt: [0800-0034](tel:08000034), maandag tot en met vrijdag van 9:00 tot 17:00 uur.
- Meld het online. Dat mag ook anoniem: je hoeft je naam niet te geven.
- Wil je anoniem iets over een misdaad vertellen, zonder gevaar nu? Bel Meld Misdaad Anoniem: [0800-7000](tel:08007000).
- Zorgen over geweld thuis? Bel Veilig Thuis: [0800-2000](tel:08002000).

>> Meld het online | /melden`
    : `## Wat kunt u nu doen?

- Is er nu gevaar? Bel meteen [112](tel:112).
- Bel gratis het meldpunt: [0800-0034](tel:08000034), maandag tot en met vrijdag van 9:00 tot 17:00 uur.
- Meld het online. Dat mag ook anoniem: u hoeft uw naam niet te geven.
- Anoniem iets melden over een misdaad, zonder acuut gevaar? Bel Meld Misdaad Anoniem: [0800-7000](tel:08007000).
- Anoniem melden terwijl er wel acuut gevaar dreigt? Bel de Criminele Inlichtingen Eenheid (CIE): [079-3458999](tel:0793458999).
- Zorgen over geweld thuis of kindermishandeling? Bel Veilig Thuis: [0800-2000](tel:08002000).
- Vragen over mensenhandel of advies nodig? Bel CoMensha: [033-4481186](tel:0334481186).

>> Meld het online | /melden`;

const nowEn = (young: boolean) => `## What can you do now?

- Is someone in danger now? Call [112](tel:112) at once.
- Call the reporting point for free: [0800-0034](tel:08000034), Monday to Friday from 9:00 to 17:00.
- Report online. You may do so anonymously: you do not have to give your name.
- Want to tell something about a crime anonymously, with no danger right now? Call Meld Misdaad Anoniem: [0800-7000](tel:08007000).${
  young
    ? ''
    : `
- Want to stay anonymous while there is acute danger? Call the Criminal Intelligence Unit (CIE): [079-3458999](tel:0793458999).`
}
- Worried about violence at home${young ? '' : ' or child abuse'}? Call Veilig Thuis: [0800-2000](tel:08002000).${
  young
    ? ''
    : `
- Questions about human trafficking or need advice? Call CoMensha: [033-4481186](tel:0334481186).`
}

>> Report online | /melden`;

export const DEFAULT_PAGES: DefaultPage[] = [
  {
    slug: 'jongeren',
    nl: {
      title: 'Voor jongeren',
      summary: 'Hoe een loverboy of lovergirl werkt, wat sexting en sextortion is, en waar je hulp krijgt.',
      source: `Een loverboy doet alsof hij verliefd op je is. Hij geeft je aandacht, cadeaus en complimenten. Later zet hij je onder druk om seks te hebben met andere mensen, voor geld dat hij houdt. Ook meisjes en vrouwen doen dit: dan heet het een lovergirl.

## Zo begint het vaak online

- Iemand die je niet kent stuurt je een vriendschapsverzoek. Zijn profiel is niet compleet of klopt niet.
- Hij reageert heel positief op je foto's en weet snel veel over jou.
- Hij wil snel privé verder chatten, of bellen, of met de webcam.
- Hij vraagt om een foto of filmpje waarop je (half) bloot bent.
- Soms vraagt hij gewoon: "Wil je snel geld verdienen?"

## Sexting en sextortion

Sexting is een naaktfoto of seksfilmpje van jezelf sturen. Zo'n foto kan altijd bewaard worden, ook via een app waarin foto's "verdwijnen". Sextortion is als iemand dreigt jouw foto's te verspreiden, tenzij je doet wat hij wil. Dat is chantage en dat is strafbaar. Het stopt niet vanzelf als je toegeeft.

- Stuur geen naaktfoto's, ook niet aan iemand die je vertrouwt.
- Voeg niemand toe die je niet echt kent.
- Word je gechanteerd? Betaal niet en stuur niets meer. Vertel het aan iemand die je vertrouwt, of aan ons.

## Het is niet jouw schuld

Misschien heb je dingen gedaan waar je spijt van hebt. Misschien heb je foto's gestuurd, of dingen gedaan voor hem die niet mogen. Toch ben jij niet de schuldige. Wie jou onder druk zet of chanteert, doet iets strafbaars. Wij oordelen niet over jou. Wij luisteren en helpen.

## Jongens zijn ook slachtoffer

Het overkomt ook jongens. Ook jongens worden gechanteerd met foto's, of gedwongen tot seks voor geld. Veel jongens zien zichzelf niet als slachtoffer. Dat ben je wel. Je mag er ook over praten.

${nowNl('je')}`,
    },
    en: {
      title: 'For young people',
      summary: 'How a loverboy or lovergirl works, what sexting and sextortion are, and where to get help.',
      source: `A loverboy pretends to be in love with you. He gives you attention, presents and compliments. Later he pressures you to have sex with other people, for money that he keeps. Girls and women do this too: then it is called a lovergirl.

## This is how it often starts online

- Someone you do not know sends you a friend request. Their profile is incomplete or not right.
- He is very positive about your photos and quickly knows a lot about you.
- He soon wants to chat in private, call, or use the webcam.
- He asks for a photo or video in which you are (half) naked.
- Sometimes he simply asks: "Do you want to earn money fast?"

## Sexting and sextortion

Sexting is sending a nude photo or sex video of yourself. Such a photo can always be saved, even in an app where photos "disappear". Sextortion is when someone threatens to share your photos unless you do what they want. That is blackmail and it is a crime. It does not stop if you give in.

- Do not send nude photos, not even to someone you trust.
- Do not add anyone you do not really know.
- Are you being blackmailed? Do not pay and do not send anything more. Tell someone you trust, or us.

## It is not your fault

Maybe you did things you regret. Maybe you sent photos, or did things for him that are not allowed. Still, you are not the guilty one. Whoever pressures or blackmails you commits a crime. We do not judge you. We listen and help.

## Boys are victims too

It happens to boys as well. Boys too are blackmailed with photos, or forced into sex for money. Many boys do not see themselves as victims. But you are. You may talk about it too.

${nowEn(true)}`,
    },
  },
  {
    slug: 'ouders',
    nl: {
      title: 'Voor ouders en verzorgers',
      summary: 'Signalen in gewone woorden, en hoe u erover praat met uw kind.',
      source: `Een loverboy of lovergirl maakt een jongere eerst verliefd en afhankelijk. Daarna wordt de jongere gedwongen tot seks met anderen, voor geld. Dat begint vaak online. Het kan meisjes en jongens overkomen, uit elk gezin.

## Waar kunt u op letten?

Eén signaal zegt nog niet veel. Elk kind verandert weleens. Ziet u meerdere signalen, en duurt het langer? Neem het dan serieus.

- Uw kind heeft opeens veel geld, dure kleren of een nieuwe telefoon, en zegt niet waar het vandaan komt.
- Uw kind kleedt zich anders en opvallend sexy, of gebruikt veel meer make-up.
- Uw kind wordt vaak opgehaald en gebracht met een auto of scooter, door iemand die u niet kent.
- Uw kind heeft nieuwe, oudere vrienden en laat oude vrienden los.
- Uw kind wordt veel gebeld of appt veel, en wordt stil of boos als u ernaar vraagt.
- Uw kind spijbelt, loopt weg, is moe of valt af.
- Uw kind is somber, huilt veel of is juist heel snel boos.

## Hoe praat u erover?

- Kies een rustig moment. Zeg wat u ziet, zonder te oordelen: "Ik zie dat je vaak weg bent en nieuwe spullen hebt. Ik maak me zorgen."
- Luister vooral. Geef uw kind de tijd.
- Maak het niet belachelijk en zeg niet "wat dom". Uw kind schaamt zich misschien al heel erg.
- Verbied niet meteen alles. Dan kan uw kind zich verder van u afkeren. Blijf in contact.
- Zeg dat het niet de schuld van uw kind is, ook als er foto's zijn gestuurd.
- Bewaar berichten of namen van accounts die u ziet. Ga zelf niet de confrontatie aan met de dader.

${nowNl('u')}`,
    },
    en: {
      title: 'For parents and carers',
      summary: 'Signals in plain words, and how to talk about it with your child.',
      source: `A loverboy or lovergirl first makes a young person fall in love and depend on them. Then the young person is forced to have sex with others, for money. It often starts online. It can happen to girls and boys, from any family.

## What can you look out for?

One signal does not say much. Every child changes sometimes. Do you see several signals, for a longer time? Then take it seriously.

- Your child suddenly has a lot of money, expensive clothes or a new phone, and does not say where it comes from.
- Your child dresses differently and strikingly sexy, or wears much more make-up.
- Your child is often picked up and dropped off by car or scooter, by someone you do not know.
- Your child has new, older friends and lets old friends go.
- Your child gets many calls or messages, and goes quiet or angry when you ask about it.
- Your child skips school, runs away, is tired or loses weight.
- Your child is gloomy, cries a lot or gets angry very quickly.

## How do you talk about it?

- Choose a calm moment. Say what you see, without judging: "I see you are often away and have new things. I am worried."
- Above all, listen. Give your child time.
- Do not ridicule it and do not say "how stupid". Your child may already feel very ashamed.
- Do not forbid everything at once. Your child may then turn further away from you. Stay in touch.
- Say that it is not your child's fault, even if photos were sent.
- Keep messages or account names you see. Do not confront the offender yourself.

${nowEn(false)}`,
    },
  },
  {
    slug: 'professionals',
    nl: {
      title: 'Voor professionals',
      summary: 'Voor jeugdzorg, school, huisarts en politie: de signalen, wanneer er een vermoeden is, de vijf stappen en de meldroutes.',
      source: `Werkt u in de jeugdzorg, op school, als huisarts, bij de politie of op een andere plek met jongeren? Dan ziet u misschien signalen van uitbuiting door een loverboy. Slachtoffers vertellen het zelden uit zichzelf. Goed kijken is daarom belangrijk.

## De signalen

De signalen zijn verdeeld in zes groepen: uiterlijk, hoe de jongere over zichzelf denkt, gedrag, gedrag op seksueel gebied, contact met anderen, en lichamelijke klachten. Eén signaal is geen bewijs. Het wordt serieus als u meerdere signalen ziet, over een langere tijd. Met de signalenwijzer loopt u ze stap voor stap na.

>> Naar de signalenwijzer | /signalenwijzer

## Wanneer is er een vermoeden?

Er is een vermoeden van uitbuiting door een loverboy als:

- de vermoedelijke dader bekend is bij de politie voor zeden- of vermogensdelicten, of als er al meer meldingen over hem zijn;
- de jongere seksuele of andere grenzen over zich heen heeft laten gaan, waar misschien "ja" op is gezegd, maar onder dwang of manipulatie;
- de dader er geld of een ander voordeel aan lijkt te hebben. Dat is niet altijd te zien, ook niet voor de jongere zelf.

## De vijf stappen

- **Stap 1. Breng de signalen in kaart.** Houd feiten, gebeurtenissen, wat u zag, uw uitleg en uw bronnen uit elkaar. Schrijf op wat u doet en met wie u overlegt.
- **Stap 2. Overleg met een collega.** Vraag zo nodig advies aan een deskundige, zoals het meldpunt of CoMensha. Ken de afspraken in uw regio.
- **Stap 3. Bespreek het met de jongere (en de ouders).** Leg uit waarom u het gesprek voert. Noem wat u zag, zonder oordeel. Laat de jongere reageren voordat u zegt wat u ervan denkt.
- **Stap 4. Weeg de informatie.** Hoe groot is het risico op geweld, dwang en uitbuiting? Bespreek uw weging met een deskundige, anoniem als er geen toestemming is.
- **Stap 5. Beslis wat er moet gebeuren.** Kunt u het risico zelf afwenden? Bied of regel dan hulp. Is er ernstig gevaar? Dan meldt u het, bij de politie, het meldpunt of Meld Misdaad Anoniem.

## Beroepsgeheim en meldcode

Bij een vermoeden van mensenhandel mag u uw beroepsgeheim doorbreken als er ernstig gevaar is dat u niet op een andere manier kunt afwenden. Dat heet een conflict van plichten. Volg ook de meldcode huiselijk geweld en kindermishandeling van uw organisatie: daarin staat wanneer u Veilig Thuis raadpleegt of inschakelt.

- Beloof de jongere geen geheimhouding. Leg uit waarom dat niet kan.
- Vertel welke informatie u deelt, met wie en waarom.
- Is er geen direct gevaar en twijfelt de jongere? Geef bedenktijd, en spreek af hoe lang.

${nowNl('u')}`,
    },
    en: {
      title: 'For professionals',
      summary: 'For youth care, schools, GPs and police: the signals, when there is a suspicion, the five steps and the reporting routes.',
      source: `Do you work in youth care, at a school, as a GP, with the police or somewhere else with young people? Then you may see signals of exploitation by a loverboy. Victims rarely tell on their own. That is why looking carefully matters.

## The signals

The signals come in six groups: appearance, how the young person sees themselves, behaviour, sexual behaviour, contact with others, and physical complaints. One signal is no proof. It becomes serious when you see several signals over a longer time. The signal guide takes you through them step by step.

>> To the signal guide | /signalenwijzer

## When is there a suspicion?

There is a suspicion of exploitation by a loverboy when:

- the suspected offender is known to the police for sexual or property offences, or there are already more reports about him;
- the young person let sexual or other boundaries be crossed, perhaps saying "yes", but under pressure or manipulation;
- the offender seems to gain money or another advantage. That is not always visible, not even to the young person.

## The five steps

- **Step 1. Map the signals.** Keep facts, events, what you saw, your interpretation and your sources apart. Write down what you do and whom you consult.
- **Step 2. Consult a colleague.** If needed, ask an expert for advice, such as the reporting point or CoMensha. Know the agreements in your region.
- **Step 3. Discuss it with the young person (and the parents).** Explain why you have the conversation. Name what you saw, without judging. Let the young person respond before you say what you think.
- **Step 4. Weigh the information.** How big is the risk of violence, coercion and exploitation? Discuss your assessment with an expert, anonymously if there is no consent.
- **Step 5. Decide what must happen.** Can you avert the risk yourself? Then offer or arrange help. Is there serious danger? Then report it, to the police, the reporting point or Meld Misdaad Anoniem.

## Professional secrecy and the reporting code

With a suspicion of human trafficking you may break your professional secrecy when there is serious danger that you cannot avert in another way. This is called a conflict of duties. Also follow your organisation's reporting code for domestic violence and child abuse (meldcode): it says when you consult or involve Veilig Thuis.

- Do not promise the young person secrecy. Explain why you cannot.
- Say what information you share, with whom and why.
- Is there no direct danger and does the young person hesitate? Give time to think, and agree how long.

${nowEn(false)}`,
    },
  },
  {
    slug: 'hotels',
    nl: {
      title: 'Voor hotels',
      summary: 'Wat u als hoteleigenaar of medewerker kunt zien, en wat u dan doet.',
      source: `Loverboys gebruiken soms hotelkamers om een jongere aan klanten aan te bieden. U en uw medewerkers kunnen dat zien. Uw melding kan een jongere helpen.

## Wat kunt u zien?

- Een jong meisje of een jonge jongen komt met een veel oudere persoon, die alles regelt en betaalt.
- De kamer wordt contant betaald of voor korte tijd geboekt, vaak steeds opnieuw.
- Er komen veel verschillende bezoekers naar één kamer, steeds kort.
- De jongere lijkt bang, moe of onder invloed, en praat niet voor zichzelf.
- De jongere heeft geen eigen identiteitsbewijs of spullen bij zich.

## Wat doet u?

- Spreek de dader niet aan. Let op uw eigen veiligheid en die van de jongere.
- Schrijf op wat u zag: datum, tijd, kamernummer, kenteken, beschrijving van personen.
- Bewaar camerabeelden en boekingsgegevens zoals uw werk dat toestaat.

${nowNl('u')}`,
    },
    en: {
      title: 'For hotels',
      summary: 'What you may see as a hotel owner or staff member, and what to do then.',
      source: `Loverboys sometimes use hotel rooms to offer a young person to clients. You and your staff can see this. Your report can help a young person.

## What may you see?

- A young girl or boy arrives with a much older person, who arranges and pays for everything.
- The room is paid in cash or booked for a short time, often again and again.
- Many different visitors come to one room, each for a short time.
- The young person seems afraid, tired or under the influence, and does not speak for themselves.
- The young person has no identity document or belongings of their own.

## What do you do?

- Do not confront the offender. Mind your own safety and that of the young person.
- Write down what you saw: date, time, room number, licence plate, description of the people.
- Keep camera images and booking data as far as your work allows.

${nowEn(false)}`,
    },
  },
  {
    slug: 'taxi',
    nl: {
      title: 'Voor taxichauffeurs',
      summary: 'Wat u als chauffeur kunt zien tijdens een rit, en wat u dan doet.',
      source: `Taxichauffeurs zien soms iets wat anderen niet zien. Bijvoorbeeld: u zet een jong meisje af bij een huis en moet haar een half uur later weer ophalen. Waarom was ze er zo kort? Dat kan een signaal zijn van uitbuiting.

## Wat kunt u zien?

- Een jongere wordt steeds naar verschillende adressen of hotels gebracht, steeds voor korte tijd.
- Iemand anders bestelt en betaalt de rit voor de jongere.
- De jongere lijkt bang, moe of onder invloed, of wordt steeds gebeld en gecontroleerd.
- De jongere weet niet goed waar ze heen gaat of wat ze daar gaat doen.

## Wat doet u?

- Ga niet zelf in gesprek met de dader. Let op uw eigen veiligheid.
- Schrijf op wat u zag: datum, tijd, adressen, kenteken, telefoonnummer van de besteller.
- Vertel het aan ons. Dat mag ook anoniem.

${nowNl('u')}`,
    },
    en: {
      title: 'For taxi drivers',
      summary: 'What you may see as a driver during a ride, and what to do then.',
      source: `Taxi drivers sometimes see what others do not. For example: you drop a young girl at a house and have to pick her up again half an hour later. Why was she there so briefly? That can be a signal of exploitation.

## What may you see?

- A young person is taken to different addresses or hotels again and again, each time for a short time.
- Someone else books and pays the ride for the young person.
- The young person seems afraid, tired or under the influence, or is called and checked all the time.
- The young person does not really know where they are going or what they will do there.

## What do you do?

- Do not talk to the offender yourself. Mind your own safety.
- Write down what you saw: date, time, addresses, licence plate, phone number of whoever booked.
- Tell us. You may do so anonymously.

${nowEn(false)}`,
    },
  },
  {
    slug: 'onderwijs',
    nl: {
      title: 'Voor leraren en scholen',
      summary: 'Wat u in de klas kunt zien, en wat u dan doet.',
      source: `Leraren zien hun leerlingen bijna elke dag. Zo ziet u ook als iemand verandert. Een leerling die opeens uitdagende kleding draagt, vaak afwezig is of stil wordt, kan in handen zijn van een loverboy.

## Wat kunt u zien?

- De leerling draagt opeens heel andere, uitdagende kleding en make-up.
- De leerling spijbelt, vooral op maandag en vrijdag, en de cijfers gaan omlaag.
- De leerling wordt na school opgehaald door oudere jongens, met een auto of scooter.
- De leerling heeft opeens dure spullen of veel geld.
- De leerling trekt zich terug uit de klas en van vrienden, of kan zich slecht concentreren.

## Wat doet u?

- Gebruik de signalenwijzer om na te gaan wat u ziet.
- Overleg met de zorgcoördinator of een collega, en volg de meldcode van uw school.
- Praat met de leerling zonder oordeel. Beloof geen geheimhouding.
- Ga niet zelf de confrontatie aan met de dader.

>> Naar de signalenwijzer | /signalenwijzer

${nowNl('u')}`,
    },
    en: {
      title: 'For teachers and schools',
      summary: 'What you may see in class, and what to do then.',
      source: `Teachers see their pupils almost every day. So you also see when someone changes. A pupil who suddenly wears provocative clothes, is often absent or goes quiet may be in the hands of a loverboy.

## What may you see?

- The pupil suddenly wears very different, provocative clothes and make-up.
- The pupil skips school, especially on Mondays and Fridays, and their marks drop.
- The pupil is picked up after school by older boys, by car or scooter.
- The pupil suddenly has expensive things or a lot of money.
- The pupil withdraws from the class and from friends, or finds it hard to concentrate.

## What do you do?

- Use the signal guide to check what you see.
- Consult the school's care coordinator or a colleague, and follow your school's reporting code.
- Talk to the pupil without judging. Do not promise secrecy.
- Do not confront the offender yourself.

>> To the signal guide | /signalenwijzer

${nowEn(false)}`,
    },
  },
  {
    slug: 'klanten',
    nl: {
      title: 'Voor klanten van sekswerk',
      summary: 'Wat strafbaar is, hoe u een minderjarige in een advertentie meldt, en anonieme hulp om te stoppen.',
      source: `Veel mannen die online seks zoeken, denken dat niemand ze ziet. Dat klopt niet. Wij zoeken online naar advertenties van minderjarigen en geven informatie door aan de politie.

## Wat is strafbaar?

- Seks tegen betaling met iemand onder de 18 jaar is altijd strafbaar. Ook als u zegt dat u de leeftijd niet wist.
- Sinds 1 juli 2024 geldt de Wet seksuele misdrijven. Een kind onder de 16 seksueel benaderen, online of offline, is strafbaar. Ook als die persoon zich alleen voordoet als kind.
- Een afspraak voorstellen met een kind onder de 16 om seks te hebben, en daar iets voor doen, is strafbaar.

Seks met een minderjarige beschadigt een kind ernstig, ook als het kind "ja" zegt of er geld voor krijgt.

## Ziet u een advertentie van een minderjarige?

- Reageer niet en maak geen afspraak.
- Bewaar de link van de advertentie, het telefoonnummer en de naam van het account.
- Stuur geen foto's uit de advertentie door. Meld alleen de link en wat u zag.
- Meld het bij ons. Dat kan anoniem.

## Wilt u stoppen?

Merkt u dat u zich aangetrokken voelt tot jonge mensen, of dat u grenzen over gaat? U kunt anoniem en vertrouwelijk hulp krijgen bij Stop it Now!. Zij oordelen niet.

>> Naar Stop it Now! | https://stopitnow.nl/

${nowNl('u')}`,
    },
    en: {
      title: 'For clients of sex work',
      summary: 'What is illegal, how to report a minor in an ad, and anonymous help to stop.',
      source: `Many men who look for sex online think nobody sees them. That is not true. We search online for ads of minors and pass information to the police.

## What is illegal?

- Paid sex with someone under 18 is always a crime. Also when you say you did not know their age.
- Since 1 July 2024 the Sexual Offences Act (Wet seksuele misdrijven) applies. Approaching a child under 16 sexually, online or offline, is a crime. Also when that person only poses as a child.
- Proposing a meeting to a child under 16 to have sex, and doing something towards it, is a crime.

Sex with a minor seriously harms a child, even if the child says "yes" or gets money for it.

## Do you see an ad of a minor?

- Do not respond and do not make an appointment.
- Keep the link of the ad, the phone number and the account name.
- Do not pass on pictures from the ad. Report only the link and what you saw.
- Report it to us. You may do so anonymously.

## Do you want to stop?

Do you notice that you feel attracted to young people, or that you cross boundaries? You can get anonymous and confidential help from Stop it Now!. They do not judge.

>> To Stop it Now! | https://stopitnow.nl/

${nowEn(false)}`,
    },
  },
  {
    slug: 'stoppen',
    nl: {
      title: 'Voor loverboys die willen stoppen',
      summary: 'U wilt stoppen met het uitbuiten van jongeren. Waar begint u?',
      source: `Heeft u jongeren onder druk gezet, voor u laten werken of gechanteerd, en wilt u daarmee stoppen? Dat is een belangrijke stap. Wij luisteren, en helpen u verder.

## Wat kunt u doen?

- Stop nu met het contact onder druk. Verspreid geen foto's of filmpjes, en verwijder wat u heeft.
- Vertel ons wat er is gebeurd. Zo kunnen wij de jongeren helpen die slachtoffer zijn.
- Zit u zelf vast, bijvoorbeeld omdat anderen u dwingen of bedreigen? Vertel dat ook.
- Wij zoeken samen met u welke hulp er is.

## Eerlijk over de politie

Uitbuiting is een ernstig misdrijf. Wij kunnen niet beloven dat er geen politie aan te pas komt. Wij geven een dossier alleen aan de politie als de melder daar toestemming voor geeft, of als er acuut gevaar is. Dan beslissen twee mensen samen.

${nowNl('u')}`,
    },
    en: {
      title: 'For loverboys who want to stop',
      summary: 'You want to stop exploiting young people. Where do you start?',
      source: `Have you pressured young people, made them work for you or blackmailed them, and do you want to stop? That is an important step. We listen, and help you further.

## What can you do?

- Stop the pressure now. Do not share photos or videos, and delete what you have.
- Tell us what happened. Then we can help the young people who are victims.
- Are you stuck yourself, for example because others force or threaten you? Tell us that too.
- Together with you we look for the help there is.

## Honest about the police

Exploitation is a serious crime. We cannot promise that the police will not be involved. We only pass a case file to the police if the reporter agrees, or when there is acute danger. Then two people decide together.

${nowEn(false)}`,
    },
  },
  {
    slug: 'bezoek-verbergen',
    nl: {
      title: 'Uw bezoek verbergen',
      summary: 'Hoe u deze site bezoekt zonder dat anderen het zien op uw telefoon of computer.',
      source: `Woont u met iemand die niet mag weten dat u hier bent? Of kijkt iemand mee op uw telefoon? Met deze tips laat u minder sporen achter.

## Snel weg

Op elke pagina staat de knop "Verlaat deze site". Daarmee gaat u meteen naar een gewone weersite. Met JavaScript aan kunt u ook drie keer snel op de Shift-toets drukken.

## Een privévenster gebruiken

- Open een privévenster of incognitovenster in uw browser. Dan bewaart de browser geen geschiedenis en geen cookies als u het venster sluit.
- Op een telefoon: open de browser, tik op het menu en kies "Nieuw privétabblad" of "Incognito".

## Uw geschiedenis wissen

- Heeft u geen privévenster gebruikt? Wis dan de pagina's van deze site uit uw geschiedenis, via het menu van de browser bij "Geschiedenis".
- Wis alleen deze pagina's. Als u alles wist, valt dat soms ook op.

## Andere tips

- Gebruik liever een apparaat van iemand die u vertrouwt, of een computer in de bibliotheek.
- Bellen kan ook: het meldpunt staat niet met uw naam in ons systeem als u dat niet wilt.

${nowNl('u')}`,
    },
    en: {
      title: 'Hiding your visit',
      summary: 'How to visit this site without others seeing it on your phone or computer.',
      source: `Do you live with someone who must not know you are here? Or does someone look at your phone? With these tips you leave fewer traces.

## Leave quickly

Every page has the button "Leave this site". It takes you straight to an ordinary weather site. With JavaScript on you can also press the Shift key three times quickly.

## Use a private window

- Open a private or incognito window in your browser. The browser then keeps no history and no cookies when you close the window.
- On a phone: open the browser, tap the menu and choose "New private tab" or "Incognito".

## Clear your history

- Did you not use a private window? Then delete the pages of this site from your history, through the browser's menu under "History".
- Delete only these pages. Deleting everything can also be noticed.

## Other tips

- Rather use a device of someone you trust, or a computer in the library.
- You can also call: the reporting point does not put your name in our system if you do not want that.

${nowEn(false)}`,
    },
  },
];

/** The audience pages, in the order the home page lists them. */
export const AUDIENCE_SLUGS = ['jongeren', 'ouders', 'professionals', 'onderwijs', 'hotels', 'taxi', 'klanten', 'stoppen'] as const;
