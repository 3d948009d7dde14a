import type { AppContext } from '../../../app/context.ts';
import { amsterdamDay } from '../governance/governance.ts';
import { countHelpVisit } from '../queries/deterrence.ts';
import { selectScriptVersionByHelpCode } from '../queries/scripts.ts';

/** Where the help link sends people on: anonymous help (Stop it Now! Nederland, run by Offlimits). */
export const HELP_DESTINATION = 'https://stopitnow.nl';

/** One visit of a warning variant's help link: a count per variant and day; no IP, no user agent, no person. */
export const countHelpLinkVisit = async (ctx: AppContext, code: string): Promise<void> => {
  if (!/^[0-9a-f]{10}$/.test(code)) return;
  const script = await selectScriptVersionByHelpCode(ctx.db, code);
  if (!script) return;
  await countHelpVisit(ctx.db, code, amsterdamDay(ctx.clock.now()));
};
