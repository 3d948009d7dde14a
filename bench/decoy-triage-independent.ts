/**
 * Decoy triage figures on an independent corpus (issue 15, "Figures"). bench/decoy-deterrence.ts draws
 * whole sentences from short fixed lists, close to the words the rules were written for. This corpus is
 * built differently: each reply is composed from an intent (what the responder wants, the ground truth)
 * and independent slot fillers — openers, paraphrases of the intent written without the rules in view,
 * hedges, negations ("ik wil niet afspreken"), English and Dutch, chat spelling (typos, no spaces,
 * capitals, emoji), and distractors that mention a forbidden word while desisting. Urgent cues are
 * composed likewise (a third party offering a child), with look-alikes that are not urgent (the
 * responder's own age, a child mentioned in passing). Reports precision and recall of the rules for
 * "continued after disclosure" and "urgent", names the weakest figure, and in the same run two
 * baselines on the same corpus: "always continued" (the majority answer after a disclosure, seed 004:
 * about half continue) and "always urgent". Writes bench/results/decoy-triage-independent.json. Usage: node bench/decoy-triage-independent.ts [n]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { classifyMessage, suggestReply, suggestTriage } from '../src/modules/decoy/triage/classify-message.ts';

const n = Number(process.argv[2] ?? 1200);
// A different generator from the other bench: xorshift32, another seed.
let state = 0x9e3779b9;
const rand = () => {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state / 2 ** 32;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const maybe = (p: number, s: string) => (rand() < p ? s : '');

const OPENERS = ['', 'ok', 'oke', 'ah', 'nou', 'whatever', 'boeit niet', 'mij best', 'prima', 'np', 'ja en', 'lol'];
// Continue: paraphrases of meeting, paying, images, sex, contact, written without the lexicon in view.
const CONTINUE_INTENTS = [
  'wanneer kan ik je zien',
  'kom je naar me toe',
  'ik haal je op na school',
  'zaterdag bij mij?',
  'wil je wat verdienen',
  'ik geef je 50',
  'hoeveel wil je ervoor',
  'stuur een pic',
  'laat eens zien hoe je eruit ziet',
  'doe je ook dingen voor geld',
  'geef me je nummer',
  'zet je cam aan',
  'can we meet',
  'how much for an hour',
  'send me a photo',
  'i can pick you up',
  'ik ben discreet hoor, niemand hoeft het te weten',
  'leeftijd is maar een getal, wanneer?',
];
const DESIST_INTENTS = [
  'sorry dat wist ik niet',
  'dan hou ik op',
  'nee dit is niet ok, doei',
  'my bad, bye',
  'te jong, sorry',
  'laat maar zitten',
  'ik wil niet afspreken met iemand van 15',
  'ik stuur geen foto naar een kind, dag',
  'succes verder, ik ben weg',
  'no thanks',
];
const UNCLEAR_INTENTS = ['hmm', 'echt waar?', 'serieus?', 'haha ok', 'jij bent grappig', '??', 'wat bedoel je', 'ik weet niet'];
const EMOJI = ['', '', ' 😘', ' 😉', ' 🙈', ' 💶', ' 👍'];

/** Chat spelling: typos, lost spaces, shouting, dropped punctuation. Never changes the intent. */
const chatty = (s: string) => {
  let out = s;
  if (rand() < 0.2) out = out.replace(/ij/g, 'y');
  if (rand() < 0.15) out = out.replace(/ /, '');
  if (rand() < 0.1) out = out.toUpperCase();
  if (rand() < 0.2) out = out.replace(/[?.!,]/g, '');
  return out;
};
const compose = (intent: string) => chatty([pick(OPENERS), intent].filter(Boolean).join(rand() < 0.5 ? ', ' : ' ')) + pick(EMOJI) + maybe(0.1, ' x');

const URGENT_CUES = [
  'ik ken een meisje van 13 die geld nodig heeft',
  'mijn vriendin heeft een dochter van 12, interesse?',
  'ik kan je een jongere regelen, 14',
  'er is hier een kind dat wordt vastgehouden',
  'heb een klasgenootje voor je',
  'i have a girl age 13 for you',
];
const NOT_URGENT_LOOKALIKES = ['ik ben 34, is dat erg', 'mijn dochter is 12 dus ik snap het', 'hoi, ik zag je advertentie', 'woon je in de buurt', 'ben je er nog', 'hey schoonheid'];

type Row = { first: string; urgent: boolean; reply: string | null; continues: boolean };
const rows: Row[] = Array.from({ length: n }, () => {
  const urgent = rand() < 0.03;
  const first = urgent ? compose(pick(URGENT_CUES)) : compose(pick(NOT_URGENT_LOOKALIKES));
  if (urgent) return { first, urgent, reply: null, continues: false };
  const r = rand();
  if (r < 0.5) return { first, urgent, reply: compose(pick(CONTINUE_INTENTS)), continues: true };
  if (r < 0.8) return { first, urgent, reply: compose(pick(DESIST_INTENTS)), continues: false };
  if (r < 0.92) return { first, urgent, reply: compose(pick(UNCLEAR_INTENTS)), continues: false };
  return { first, urgent, reply: null, continues: false };
});

type Counts = { tp: number; fp: number; fn: number };
const add = (c: Counts, said: boolean, truth: boolean): Counts => ({ tp: c.tp + Number(said && truth), fp: c.fp + Number(said && !truth), fn: c.fn + Number(!said && truth) });
const figures = (c: Counts) => ({ precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) });

let cont: Counts = { tp: 0, fp: 0, fn: 0 };
let urg: Counts = { tp: 0, fp: 0, fn: 0 };
let always: Counts = { tp: 0, fp: 0, fn: 0 };
const misses: string[] = [];
for (const r of rows) {
  urg = add(urg, suggestTriage(classifyMessage(r.first)) === 'urgent', r.urgent);
  if (r.reply === null) continue;
  const said = suggestReply(classifyMessage(r.reply)) === 'continued';
  cont = add(cont, said, r.continues);
  always = add(always, true, r.continues);
  if (said !== r.continues && misses.length < 8) misses.push(`${r.continues ? 'missed' : 'false alarm'}: "${r.reply}"`);
}

const f = (x: number) => x.toFixed(3);
const list = [
  { name: 'continued after disclosure, precision', value: figures(cont).precision },
  { name: 'continued after disclosure, recall', value: figures(cont).recall },
  { name: 'urgent, precision', value: figures(urg).precision },
  { name: 'urgent, recall', value: figures(urg).recall },
];
const weakest = list.reduce((a, b) => (b.value < a.value ? b : a));
console.log(`decoy-triage-independent — ${n} composed responders (${rows.filter((r) => r.continues).length} continue, ${rows.filter((r) => r.urgent).length} urgent), another generator than bench/decoy-deterrence.ts`);
for (const x of list) console.log(`  ${x.name.padEnd(40)} ${f(x.value)}`);
console.log(`  weakest figure: ${weakest.name} = ${f(weakest.value)}`);
console.log(`  baseline "always continued" (same replies): precision ${f(figures(always).precision)}, recall ${f(figures(always).recall)}`);
const prevalence = rows.filter((r) => r.urgent).length / rows.length;
console.log(`  baseline "always urgent" (same first messages): precision ${f(prevalence)}, recall 1.000`);
console.log('  (the old corpus for comparison: node bench/decoy-deterrence.ts)');
console.log('  examples of misses (for the lexicon review, never tuned here):');
for (const m of misses) console.log(`    ${m}`);

mkdirSync(path.join(import.meta.dirname, 'results'), { recursive: true });
writeFileSync(
  path.join(import.meta.dirname, 'results', 'decoy-triage-independent.json'),
  `${JSON.stringify({ responders: n, figures: Object.fromEntries(list.map((x) => [x.name, x.value])), weakest, baselines: { alwaysContinued: figures(always), alwaysUrgent: { precision: prevalence, recall: 1 } } }, null, 2)}\n`,
);
