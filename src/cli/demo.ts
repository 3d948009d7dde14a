import { parseArgs } from 'node:util';
import { loadConfig } from '../app/config.ts';
import { MODULES } from '../app/modules.ts';
import { createContext } from '../app/start.ts';

/**
 * `vangnet demo [--show-passwords]`: loads clearly fictitious demo data from every module. Safe to
 * run twice. Demo passwords appear on the console only with --show-passwords.
 */
export const run = async (args: string[]): Promise<number> => {
  const { values } = parseArgs({ args, options: { 'show-passwords': { type: 'boolean', default: false } } });
  const ctx = await createContext({ ...loadConfig(), jobs: false });
  const options = { showPasswords: values['show-passwords'] === true, print: (line: string) => console.log(line) };
  try {
    console.log('Loading fictitious demo data. Never use it for real work.');
    for (const mod of MODULES) {
      if (!mod.demo) continue;
      console.log(`[${mod.name}]`);
      await mod.demo(ctx, options);
    }
  } finally {
    await ctx.database.close();
  }
  console.log(`Done. Sign in at ${ctx.config.staffBaseUrl}/inloggen`);

  return 0;
};
