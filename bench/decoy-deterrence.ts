/**
 * Decoy module figures (issue 15, "Figures"), scaled down: a generated month of fictitious responders
 * with ground truth (continues after the disclosure, desists, silent, urgent real-child cue). Reports
 * the triage rules' precision and recall for "continued after disclosure" and "urgent", and chat-export
 * import throughput (WhatsApp .txt and Telegram JSON through readChatExport) against a plain JSON.parse
 * of the same messages in the same run. Usage: node bench/decoy-deterrence.ts [responders]
 */
import { readChatExport } from '../src/app/chat-export/read-chat-export.ts';
import { classifyMessage, suggestReply, suggestTriage } from '../src/modules/decoy/triage/classify-message.ts';
import { telegramExport, whatsAppExport } from '../src/modules/decoy/testing/chat-exports.ts';

const responders = Number(process.argv[2] ?? 1200);
let seed = 15;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

const CONTINUE = ['Maakt niet uit, zullen we afspreken?', 'Geeft niks, kom je naar mijn huis?', 'Oké, wat kost een uurtje?', 'Stuur eens een foto', 'Ik betaal 100 euro', 'Zien we elkaar vanavond?'];
const DESIST = ['Oh sorry, laat maar', 'Nee dank je, te jong', 'Sorry, ik stop', 'Laat maar, doei'];
const UNCLEAR = ['hmm oké', 'echt?', 'haha', 'wat bedoel je'];
const FIRST = ['Hoi schatje, ben je er?', 'Wat kost een uurtje?', 'Hey, hoe oud ben je?', 'Leuke advertentie', 'Ben je beschikbaar?'];
const URGENT = ['Ik heb een meisje van 14 voor je', 'Mijn nichtje is 13, interesse?', 'ze is 12 en zit bij mij'];

type Truth = { first: string; reply: string | null; continues: boolean; urgent: boolean };
const truth: Truth[] = Array.from({ length: responders }, () => {
  const urgent = rand() < 0.02;
  const r = rand();
  const continues = !urgent && r < 0.5;
  const reply = urgent ? null : continues ? pick(CONTINUE) : r < 0.75 ? pick(DESIST) : r < 0.9 ? pick(UNCLEAR) : null;
  return { first: urgent ? pick(URGENT) : pick(FIRST), reply, continues, urgent };
});

const pr = (tp: number, fp: number, fn: number) => ({ precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) });
let c = { tp: 0, fp: 0, fn: 0 };
let u = { tp: 0, fp: 0, fn: 0 };
const t0 = performance.now();
for (const r of truth) {
  const isUrgent = suggestTriage(classifyMessage(r.first)) === 'urgent';
  u = { tp: u.tp + Number(isUrgent && r.urgent), fp: u.fp + Number(isUrgent && !r.urgent), fn: u.fn + Number(!isUrgent && r.urgent) };
  const said = r.reply !== null && suggestReply(classifyMessage(r.reply)) === 'continued';
  c = { tp: c.tp + Number(said && r.continues), fp: c.fp + Number(said && !r.continues), fn: c.fn + Number(!said && r.continues) };
}
const classifyMs = performance.now() - t0;

// One export per responder, first message and reply, timed through the shared reader and plain JSON.parse.
const start = new Date('2027-03-01T09:00:00Z').getTime();
const lines = truth.flatMap((r, i) => [
  { at: new Date(start + i * 60_000), from: `Fictieve Man ${i}`, text: r.first },
  { at: new Date(start + i * 60_000 + 20_000), from: 'Sanne', text: 'Ik ben 15 jaar, dat moet je wel weten.' },
  ...(r.reply ? [{ at: new Date(start + i * 60_000 + 40_000), from: `Fictieve Man ${i}`, text: r.reply }] : []),
]);
const wa = new TextEncoder().encode(whatsAppExport(lines, { style: 'nl', seconds: true }));
const tg = new TextEncoder().encode(telegramExport(lines));
const time = (f: () => unknown, runs = 5) => {
  const t = performance.now();
  for (let i = 0; i < runs; i += 1) f();
  return (performance.now() - t) / runs;
};
const waMs = time(() => readChatExport(wa, 'chat.txt'));
const tgMs = time(() => readChatExport(tg, 'result.json'));
const jsonMs = time(() => JSON.parse(new TextDecoder().decode(tg)));
const perSec = (ms: number) => Math.round((lines.length / ms) * 1000);

console.log(`decoy-deterrence — scale: ${responders} responders (issue: 1,200 over 20 decoys), ${lines.length} messages`);
console.log(`  continued after disclosure: precision ${pr(c.tp, c.fp, c.fn).precision.toFixed(3)}, recall ${pr(c.tp, c.fp, c.fn).recall.toFixed(3)} (truth ${truth.filter((r) => r.continues).length})`);
console.log(`  urgent real-child cue:      precision ${pr(u.tp, u.fp, u.fn).precision.toFixed(3)}, recall ${pr(u.tp, u.fp, u.fn).recall.toFixed(3)} (truth ${truth.filter((r) => r.urgent).length})`);
console.log(`  triage rules: ${(classifyMs / (responders * 2)).toFixed(4)} ms per message`);
console.log(`  import WhatsApp .txt:  ${perSec(waMs)} messages/s (${waMs.toFixed(1)} ms)`);
console.log(`  import Telegram JSON:  ${perSec(tgMs)} messages/s (${tgMs.toFixed(1)} ms)`);
console.log(`  baseline JSON.parse:   ${perSec(jsonMs)} messages/s (${jsonMs.toFixed(1)} ms), same data, same run`);
