import { extractIdentifiers } from '../../identifiers/index.ts';

/**
 * The script library's whitelist (issue 15 point 3). Only these kinds exist; anything a decoy ever
 * publishes or sends is one approved version of one of them (DESIGN §3.4, research A2).
 */
export const SCRIPT_KINDS = ['ad_text', 'age_disclosure', 'clarification', 'warning', 'help_only', 'closing'] as const;
export type ScriptKind = (typeof SCRIPT_KINDS)[number];
export const isScriptKind = (v: string): v is ScriptKind => (SCRIPT_KINDS as readonly string[]).includes(v);

/** Variants a kind may have; an age disclosure is explicit or subtle, warnings rotate A/B/C/neutral. */
export const VARIANTS: Record<ScriptKind, readonly string[]> = {
  ad_text: ['standaard'],
  age_disclosure: ['expliciet', 'subtiel'],
  clarification: ['neutraal'],
  warning: ['A', 'B', 'C', 'neutraal'],
  help_only: ['standaard'],
  closing: ['standaard'],
};

/** Kinds whose text carries the per-variant help link, written as {hulplink} in the template. */
export const HELP_LINK_KINDS: readonly ScriptKind[] = ['warning', 'help_only'];
export const HELP_LINK_TOKEN = '{hulplink}';

/** What the reviewer must tick as absent before approving (research A1, B3, C1). */
export const FORBIDDEN_ELEMENTS = ['meeting', 'place', 'time', 'price', 'images', 'contact', 'sexual'] as const;
export type ForbiddenElement = (typeof FORBIDDEN_ELEMENTS)[number];

export const MAX_SCRIPT_LENGTH = 1000;

export type ScreenBlock = { element: string; words: string[]; message: { nl: string; en: string } };

const TIME = [/\b(?:[01]?\d|2[0-3])[:.u][0-5]\d\b/gi, /\b\d{1,2}\s?(?:uur|am|pm)\b/gi, /\bom\s+(?:half\s+)?\d{1,2}\b/gi];
const AMOUNT = [/€\s?\d*/g, /\$\s?\d*/g, /\b\d+(?:[.,]\d+)?\s?(?:euro|eur|pond|dollar)\b/gi, /\b(?:euro|eur)\s?\d+/gi, /\b\d+\s?,-/g];
const ADDRESS = [
  /\b\d{4}\s?[A-Z]{2}\b/g,
  /\b[\p{L}]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|pad)\s+\d+\w?\b/giu,
  /\b(?:street|road|avenue)\s+\d+/gi,
];
const URL = [/\bhttps?:\/\/\S+/gi, /\bwww\.\S+/gi];
// Words that would make the decoy take the initiative (research A1): never in a non-warning script.
const INITIATIVE = /\b(?:afspre\w*|afspraak|ontmoet\w*|langskom\w*|kom\s+(?:je|maar)\s+naar|hotel|foto'?s?|plaatje\w*|pic\w*|nudes?|stuur\s+(?:je|me)|bel\s+me|app\s+me|meet\w*|date)\b/gi;

const found = (text: string, patterns: RegExp[]): string[] => {
  const words = new Set<string>();
  for (const re of patterns) for (const m of text.matchAll(re)) words.add(m[0].trim());

  return [...words];
};

/**
 * The lexicon screen: blocks saving a template that holds a time, an amount, an address, a phone
 * number, an e-mail address or a URL, and (except in warnings, which must name what is forbidden) any
 * word proposing a meeting, images or contact. Each block says which words caused it.
 */
export const screenScriptText = (kind: ScriptKind, text: string): ScreenBlock[] => {
  const blocks: ScreenBlock[] = [];
  const withoutToken = text.split(HELP_LINK_TOKEN).join(' ');
  const add = (element: string, words: string[], nl: string, en: string) => {
    if (words.length > 0) blocks.push({ element, words, message: { nl: `${nl}: ${words.join(', ')}`, en: `${en}: ${words.join(', ')}` } });
  };
  add('time', found(withoutToken, TIME), 'Er staat een tijd in de tekst. Een lokprofiel noemt nooit een tijd', 'The text holds a time. A decoy never names a time');
  add('price', found(withoutToken, AMOUNT), 'Er staat een bedrag in de tekst. Een lokprofiel noemt nooit een prijs', 'The text holds an amount. A decoy never names a price');
  add('place', found(withoutToken, ADDRESS), 'Er staat een adres of postcode in de tekst. Een lokprofiel noemt nooit een plaats', 'The text holds an address or postcode. A decoy never names a place');
  const hits = extractIdentifiers(withoutToken);
  add('contact', [...new Set(hits.filter((h) => h.kind === 'phone').map((h) => h.raw))], 'Er staat een telefoonnummer in de tekst', 'The text holds a phone number');
  add('contact', [...new Set(hits.filter((h) => h.kind === 'email').map((h) => h.raw))], 'Er staat een e-mailadres in de tekst', 'The text holds an e-mail address');
  const urls = new Set([...found(withoutToken, URL), ...hits.filter((h) => h.kind === 'url').map((h) => h.raw)]);
  add('contact', [...urls], `Er staat een link in de tekst. Gebruik alleen ${HELP_LINK_TOKEN} voor de hulplink`, `The text holds a link. Use only ${HELP_LINK_TOKEN} for the help link`);
  if (kind !== 'warning') {
    add('meeting', found(withoutToken, [INITIATIVE]), 'De tekst neemt initiatief (afspraak, beeld of contact). Een lokprofiel stelt nooit iets voor', 'The text takes the initiative (meeting, images or contact). A decoy never proposes anything');
  }
  if (text.includes(HELP_LINK_TOKEN) && !HELP_LINK_KINDS.includes(kind)) {
    blocks.push({ element: 'contact', words: [HELP_LINK_TOKEN], message: { nl: 'Alleen een waarschuwing of hulpbericht mag de hulplink bevatten', en: 'Only a warning or help message may hold the help link' } });
  }
  if (HELP_LINK_KINDS.includes(kind) && !text.includes(HELP_LINK_TOKEN)) {
    blocks.push({ element: 'help', words: [], message: { nl: `Een waarschuwing of hulpbericht moet de hulplink ${HELP_LINK_TOKEN} bevatten`, en: `A warning or help message must hold the help link ${HELP_LINK_TOKEN}` } });
  }

  return blocks;
};

/** The help link of one variant on the public site; never per person. */
export const helpLink = (publicBaseUrl: string, code: string): string => `${publicBaseUrl.replace(/\/+$/, '')}/hulp/w/${code}`;
