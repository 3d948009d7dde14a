import type { EvalReport, PairFigures } from './evaluate-monitor.ts';

const f3 = (x: number) => x.toFixed(3);
const pair = (p: PairFigures) => `precision ${f3(p.precision)}, recall ${f3(p.recall)}, F1 ${f3(p.f1)} (${p.truePairs} true pairs, ${p.predictedPairs} predicted)`;

/** The report of `vangnet monitor-eval` as plain text, one measure per line. */
export const formatReport = (r: EvalReport): string => {
  const lines = [`${r.ads} ads`];
  if (r.templates) {
    lines.push(`templates, Vangnet:          ${pair(r.templates.vangnet)}`);
    lines.push(`templates, MinHash baseline: ${pair(r.templates.baseline)}`);
  }
  if (r.operators) lines.push(`operators, Vangnet:          ${pair(r.operators)}`);
  if (r.phones) {
    lines.push(`phones: recall ${f3(r.phones.recall)}, precision ${f3(r.phones.precision)} (${r.phones.correct} of ${r.phones.expected} found, ${r.phones.found} reported)`);
    for (const [style, s] of Object.entries(r.phones.byStyle).sort()) lines.push(`  ${style.padEnd(18)} recall ${f3(s.recall)}, precision ${f3(s.precision)} (${s.expected})`);
    lines.push(`  "verhuld" flag right on ${r.phones.obfuscatedFlag.correct} of ${r.phones.obfuscatedFlag.of} ads`);
  }
  if (r.cues) {
    lines.push(`cues: recall ${f3(r.cues.recall)} (${r.cues.fired} of ${r.cues.planted}); false positives: ${r.cues.falsePositiveAds} of ${r.cues.adsWithoutCues} ads without cues`);
    for (const [id, c] of Object.entries(r.cues.byCue).sort()) lines.push(`  ${id.padEnd(18)} ${c.fired} of ${c.planted}`);
  }

  return `${lines.join('\n')}\n`;
};
