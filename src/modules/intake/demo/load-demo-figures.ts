import type { AppContext } from '../../../app/context.ts';
import type { DemoOptions } from '../../../app/module.ts';
import { REPORTER_KINDS } from '../answers.ts';
import { insertDemoReports } from '../queries.ts';

/** Municipalities the demo spreads its reports over, with a rough monthly rate (some stay under 5). */
const DEMO_PLACES: [code: string | null, perMonth: number][] = [
  ['GM0153', 9], ['GM0164', 4], ['GM0141', 2], ['GM0363', 30], ['GM0599', 24], ['GM0518', 18], ['GM0344', 14],
  ['GM0772', 8], ['GM0855', 6], ['GM0202', 5], ['GM0193', 3], ['GM0014', 6], [null, 7],
];

/** A fixed pseudo-random sequence, so a second run makes the same reports (and adds none). */
const seq = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

/**
 * `vangnet demo`: two years of clearly fictitious reports for the dashboards — counts only matter,
 * the text of each says it is a demo. Idempotent through a fixed idempotency key per demo report.
 */
export const loadDemoFigureReports = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  const rand = seq(17);
  const now = ctx.clock.now().getTime();
  const rows: Parameters<typeof insertDemoReports>[1] = [];
  for (let monthsAgo = 23; monthsAgo >= 0; monthsAgo--) {
    for (const [code, perMonth] of DEMO_PLACES) {
      const n = Math.max(0, Math.round(perMonth * (0.6 + rand() * 0.8)));
      for (let i = 0; i < n; i++) {
        const at = new Date(now - (monthsAgo * 30 + rand() * 29) * 86_400_000);
        const kind = REPORTER_KINDS[Math.floor(rand() * REPORTER_KINDS.length)] ?? 'family';
        rows.push({
          key: `demo-figures-${monthsAgo}-${code ?? 'onbekend'}-${i}`,
          municipalityCode: code,
          reporterKind: kind,
          urgent: rand() < 0.15,
          minorAtRisk: rand() < 0.6,
          createdAt: at,
        });
      }
    }
  }
  const added = await insertDemoReports(ctx.db, rows);
  options.print(`Demo reports for the figures: ${added} added (fictitious, spread over two years).`);
};
