import { loadConfig } from '../app/config.ts';
import { createContext } from '../app/start.ts';
import { describeRun, runRetention } from '../modules/retention/index.ts';

const USAGE = 'vangnet retention --dry-run | --run';

/**
 * `vangnet retention --dry-run` shows what the next run would delete (nothing is deleted);
 * `--run` runs the retention rules now, as the nightly job does. Exit code 0, or 1 when a rule failed.
 */
export const run = async (args: string[]): Promise<number> => {
  const dryRun = args.includes('--dry-run');
  const real = args.includes('--run');
  if (dryRun === real || args.some((a) => a !== '--dry-run' && a !== '--run')) {
    console.error(USAGE);
    return 2;
  }
  const ctx = await createContext({ ...loadConfig(), jobs: false });
  try {
    const result = await runRetention(ctx, { dryRun, startedBy: 'cli', actor: { userId: null, label: 'cli' } });
    console.log(describeRun(result));
    return result.rules.some((r) => r.failed) ? 1 : 0;
  } finally {
    await ctx.database.close();
  }
};
