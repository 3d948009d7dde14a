import type { AppContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { type GovernanceRow, selectValidGovernance } from '../queries/governance.ts';

/** The day in Amsterdam (the programme's dates are calendar days there). */
export const amsterdamDay = (at: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

/** The approved governance record valid today, or null: then the whole module is closed. */
export const validGovernance = (ctx: AppContext, db: Db = ctx.db): Promise<GovernanceRow | null> => selectValidGovernance(db, amsterdamDay(ctx.clock.now()));

export const CLOSED_PROBLEM = {
  nl: 'De module is gesloten: er is geen geldige, goedgekeurde grondslag. Er kan niets verstuurd worden.',
  en: 'The module is closed: there is no valid, approved basis. Nothing can be sent.',
};
