import type { SyntheticAd } from './testing/generate-corpus.ts';

/**
 * The demo's fictitious ad site (`vangnet demo`): ten ads served by the monitor's own test site
 * (testing/ad-site.ts) on loopback and crawled like a real source. Every title starts with "Fictief",
 * every number is in the fixtures' 06-1234xxxx block, no ad links a picture.
 *  - "Rico": one template posted four times in four towns, with 06-12348002 written four ways (one
 *    of them hidden in words) — the number the demo dossier "Rico" and the hotel report carry, so the
 *    identifier index links the template group to the dossier and the monitor raises an alert;
 *  - a second operator: one template three times with 06-12348010;
 *  - three single ads.
 */
const RICO =
  'Fictieve demo-advertentie. Nieuw in de stad! Lieve jonge meid, net 18 geworden, ontvangt je graag in een rustig hotel. Haar kamer is klaar, ze wacht op je. Dag en nacht bereikbaar, bel of app';
const SPA =
  'Fictieve demo-advertentie. Ontspannende massage in een schone salon met parkeerplaats voor de deur. Afspraak maken kan van maandag tot zaterdag tussen tien en zes uur via';

type Ad = { id: string; title: string; text: string; city: string; name: string; age: number; price: string; phone: string; group: string; postedAt: string };

const ADS: Ad[] = [
  { id: 'fictief-1', title: 'Fictief: Nieuw in Voorbeeldstad, Jasmijn', text: `${RICO} 06-12348002.`, city: 'Voorbeeldstad', name: 'Jasmijn', age: 18, price: '€ 100', phone: '06-12348002', group: 'rico', postedAt: '2026-11-20T20:00:00Z' },
  { id: 'fictief-2', title: 'Fictief: Nieuw in Utrecht, Jasmijn', text: `${RICO.replace('rustig hotel', 'rustig appartement')} 06 12 34 80 02.`, city: 'Utrecht', name: 'Jasmijn', age: 18, price: '€ 100', phone: '06 12 34 80 02', group: 'rico', postedAt: '2026-11-22T20:00:00Z' },
  { id: 'fictief-3', title: 'Fictief: Nieuw in Amersfoort, Jade', text: `${RICO.replace('Lieve', 'Mooie')} nul zes een twee drie vier acht nul nul twee.`, city: 'Amersfoort', name: 'Jade', age: 18, price: '€ 120', phone: 'nul zes een twee drie vier acht nul nul twee', group: 'rico', postedAt: '2026-11-25T21:00:00Z' },
  { id: 'fictief-4', title: 'Fictief: Nieuw in Zwolle, Jade', text: `${RICO.replace('ontvangt je graag', 'ontvangt jou graag')} +31 6 1234 8002.`, city: 'Zwolle', name: 'Jade', age: 18, price: '€ 120', phone: '+31 6 1234 8002', group: 'rico', postedAt: '2026-11-28T21:00:00Z' },
  { id: 'fictief-5', title: 'Fictief: Massage Voorbeeldstad', text: `${SPA} 06-12348010.`, city: 'Voorbeeldstad', name: 'Salon', age: 30, price: '€ 60', phone: '06-12348010', group: 'spa', postedAt: '2026-11-18T10:00:00Z' },
  { id: 'fictief-6', title: 'Fictief: Massage Deventer', text: `${SPA.replace('schone', 'nette')} 06-12348010.`, city: 'Deventer', name: 'Salon', age: 30, price: '€ 60', phone: '06-12348010', group: 'spa', postedAt: '2026-11-21T10:00:00Z' },
  { id: 'fictief-7', title: 'Fictief: Massage Apeldoorn', text: `${SPA.replace('parkeerplaats', 'gratis parkeerplaats')} 06-12348010.`, city: 'Apeldoorn', name: 'Salon', age: 30, price: '€ 65', phone: '06-12348010', group: 'spa', postedAt: '2026-11-24T10:00:00Z' },
  { id: 'fictief-8', title: 'Fictief: Gezellige dame uit Voorbeeldstad', text: 'Fictieve demo-advertentie. Ervaren dame van 45 zoekt een gezellige avond met een nette heer. Alleen sms: 06-12348020.', city: 'Voorbeeldstad', name: 'Ria', age: 45, price: 'in overleg', phone: '06-12348020', group: 'single-1', postedAt: '2026-11-19T18:00:00Z' },
  { id: 'fictief-9', title: 'Fictief: Stel zoekt stel', text: 'Fictieve demo-advertentie. Wij zijn een stel van rond de veertig en zoeken een ander stel voor een etentje en meer. Mail liever dan bellen, of 06-12348021.', city: 'Deventer', name: 'Stel', age: 40, price: 'nvt', phone: '06-12348021', group: 'single-2', postedAt: '2026-11-23T18:00:00Z' },
  { id: 'fictief-10', title: 'Fictief: Tantra workshop', text: 'Fictieve demo-advertentie. Workshop ademhaling en aanraking voor volwassenen, in groepjes van zes, met een gediplomeerde begeleider. Aanmelden via 06-12348022.', city: 'Utrecht', name: 'Workshop', age: 35, price: '€ 45', phone: '06-12348022', group: 'single-3', postedAt: '2026-11-26T18:00:00Z' },
];

/** The ads in the test site's shape; the "truth" fields are for the evaluation tools and unused here. */
export const DEMO_ADS: SyntheticAd[] = ADS.map((a) => ({
  id: a.id,
  title: a.title,
  text: a.text,
  city: a.city,
  name: a.name,
  age: a.age,
  price: a.price,
  phone: a.phone,
  postedAt: a.postedAt,
  imageUrls: [],
  truth: { groupId: a.group, operatorId: a.group, phonesE164: [], phoneStyle: 'plain', obfuscatedPhone: false, planted: [] },
}));

export const DEMO_SOURCE_NAME = 'Fictief: demo-advertentiesite (lokaal, uitgezet)';
