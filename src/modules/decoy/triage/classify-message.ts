/**
 * Assisted triage (issue 15 point 6): explainable rules over an inbound message, a versioned lexicon
 * like the monitor's. Every label carries the words that triggered it; a human decides.
 */
export const TRIAGE_LEXICON_VERSION = 'decoy-triage-1';

export const TRIAGE_LABELS = ['meeting', 'price', 'images', 'age', 'stop', 'spam', 'urgent'] as const;
export type TriageLabel = (typeof TRIAGE_LABELS)[number];

const RULES: Record<TriageLabel, RegExp> = {
  meeting: /\b(?:afspre\w*|afspraak|ontmoet\w*|langs\s?kom\w*|kom\s+(?:je|jij)\s+(?:naar|bij)|ophalen|haal\s+je\s+op|hotel|mijn\s+huis|bij\s+mij|zien\s+we\s+elkaar|meet(?:ing)?|come\s+over|pick\s+you\s+up|vanavond|morgen)\b/giu,
  price: /(?:€\s?\d+|\b\d+\s?(?:euro|eur)\b|\b(?:betaal|betalen|geld|cadeautje|zakgeld|prijs|kost|kosten|tarief|uurtje|pay|money|cash)\b)/giu,
  images: /\b(?:foto'?s?|fotootje|pic(?:s|je)?|plaatje|nudes?|naaktfoto|selfie|video|cam(?:era)?|webcam|photos?)\b/giu,
  age: /\b(?:hoe\s+oud|leeftijd|jong|minderjarig|school|klas|\d{1,2}\s?(?:jaar|jr)|how\s+old|age)\b/giu,
  stop: /\b(?:stop|sorry|laat\s+maar|nee\s+dank|niet\s+doen|te\s+jong|ik\s+hou\s+op|doei|never\s?mind|no\s+thanks)\b/giu,
  spam: /\b(?:crypto|bitcoin|investeer|lening|casino|klik\s+hier|verdien\s+snel|follow\s+back|promo)\b/giu,
  // Cues that a REAL child is in danger (research F1): these pre-empt everything.
  urgent: /\b(?:mijn\s+(?:dochter|zusje|nichtje|buurmeisje)|meisje\s+van\s+\d{1,2}|ik\s+heb\s+een\s+meisje|ze\s+is\s+\d{1,2}|jonger\s+meisje|zit\s+bij\s+mij|opgesloten|vastgehouden|ik\s+verkoop\s+haar)\b/giu,
};

export type TriageHit = { label: string; words: string[] };

export const classifyMessage = (text: string): TriageHit[] => {
  const hits: TriageHit[] = [];
  const window = text.slice(0, 20_000);
  for (const label of TRIAGE_LABELS) {
    const words = new Set<string>();
    for (const m of window.matchAll(RULES[label])) words.add(m[0].toLowerCase());
    if (words.size > 0) hits.push({ label, words: [...words].slice(0, 10) });
  }

  return hits;
};

/** The classifier's reading of a reply after the disclosure: continued (a proposal), desisted, or unclear. */
export const suggestReply = (labels: readonly TriageHit[]): 'continued' | 'desisted' | 'ambiguous' => {
  const has = (l: string) => labels.some((h) => h.label === l);
  if (has('meeting') || has('price') || has('images')) return 'continued';
  if (has('stop')) return 'desisted';

  return 'ambiguous';
};

/** The classifier's reading of a first message in triage. */
export const suggestTriage = (labels: readonly TriageHit[]): 'urgent' | 'spam' | 'solicitation' => {
  const has = (l: string) => labels.some((h) => h.label === l);
  if (has('urgent')) return 'urgent';
  if (has('spam') && !has('meeting')) return 'spam';

  return 'solicitation';
};
