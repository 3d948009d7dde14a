import type { AppContext } from '../../../app/context.ts';
import { bumpCount, type CountColumn } from '../queries.ts';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in the Netherlands, as YYYY-MM-DD. */
export const dutchDay = (at: Date): string => dayFormat.format(at);

/** Adds one visit, report begun or report sent to a landing path's count for today. Nothing else is kept. */
export const countCampaignEvent = async (ctx: AppContext, code: string, column: CountColumn): Promise<void> => {
  await bumpCount(ctx.db, code, dutchDay(ctx.clock.now()), column);
};
