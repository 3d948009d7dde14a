// The chain demo (`vangnet demo`): referrals and shares on the cases demo's dossiers. Everything is
// fictitious and says so; the organisations are the accounts demo's ("(fictief)").

export const DEMO_ZVH = 'Zorg- en Veiligheidshuis Voorbeeldregio (fictief)';
export const DEMO_CARE = 'Jeugdzorg De Voorbeeldhaven (fictief)';
export const DEMO_VEILIG_THUIS = 'Veilig Thuis Voorbeeldregio (fictief)';
export const DEMO_POLICE = 'Politie Eenheid Voorbeeld (fictief)';

/** Partner users the chain demo adds (the accounts demo's one partner works at the police). */
export const DEMO_PARTNERS = [
  { email: 'demo-partner-zvh@vangnet.test', name: 'Demo procesregisseur ZVH (fictief)', organisation: DEMO_ZVH },
  { email: 'demo-partner-zorg@vangnet.test', name: 'Demo zorgcoördinator Jeugdzorg (fictief)', organisation: DEMO_CARE },
] as const;

/** The steps a referral goes through after it is sent, as the partner would take them. */
export type DemoStep =
  | { kind: 'open' }
  | { kind: 'accept'; owner: string }
  | { kind: 'decline'; reason: string }
  | { kind: 'feedback'; step: 'contact_made' | 'care_started' | 'no_contact' | 'closed'; note: string };

export type DemoReferral = { dossier: string; partner: string; question: string; steps: DemoStep[] };

const LISA = 'Fictief: Lisa (15), hotel bij Station Voorbeeldstad';
const SAM = 'Fictief: Sam (16), benaderd via Instagram';
const RICO = 'Fictief: "Rico", advertenties en hotelkamers';

/** One referral in each state a new install should show: waiting, seen, accepted with feedback, declined. */
export const DEMO_REFERRALS: DemoReferral[] = [
  {
    dossier: LISA,
    partner: DEMO_ZVH,
    question: 'Fictief: wilt u Lisa inbrengen in het casusoverleg mensenhandel, met de zorgcoördinator en de politie?',
    steps: [
      { kind: 'open' },
      { kind: 'accept', owner: 'Fictief: procesregisseur team Mensenhandel' },
      { kind: 'feedback', step: 'contact_made', note: 'Fictief: besproken in het casusoverleg; zorgcoördinator legt contact met moeder.' },
    ],
  },
  {
    dossier: LISA,
    partner: DEMO_CARE,
    question: 'Fictief: kunt u Lisa (15) en haar moeder hulp bieden? Zij vragen zelf om begeleiding.',
    steps: [
      { kind: 'open' },
      { kind: 'accept', owner: 'Fictief: team Jeugd en Gezin' },
      { kind: 'feedback', step: 'contact_made', note: 'Fictief: eerste gesprek met Lisa en moeder gehad.' },
      { kind: 'feedback', step: 'care_started', note: 'Fictief: begeleiding gestart, wekelijks gesprek.' },
    ],
  },
  { dossier: SAM, partner: DEMO_CARE, question: 'Fictief: Sam (16) wil praten met iemand over wat er online gebeurt. Kunt u dat bieden?', steps: [] },
  {
    dossier: SAM,
    partner: DEMO_ZVH,
    question: 'Fictief: graag uw advies of een casusoverleg nodig is voor Sam.',
    steps: [{ kind: 'open' }, { kind: 'decline', reason: 'Fictief: nog geen strafrechtelijke of multiprobleemcomponent; eerst zorg via de jeugdzorg.' }],
  },
];

/** Shares: the ZVH sees Lisa's summary, signals and plan; the police team sees Rico's summary and signals. */
export const DEMO_SHARES = [
  { dossier: LISA, partner: DEMO_ZVH, reason: 'Fictief: voorbereiding van het casusoverleg mensenhandel.', sections: ['summary', 'signals', 'plan'], days: 60 },
  { dossier: RICO, partner: DEMO_POLICE, reason: 'Fictief: aanvulling op de overdracht aan het team mensenhandel.', sections: ['summary', 'signals'], days: 30 },
] as const;
