import type { AppContext } from '../../app/context.ts';
import { selectHeldDossierIds, selectRecentBatches, selectSettingHistory } from './queries.ts';

// What the retention pages read (routes never import queries.ts).

export const readSettingHistory = (ctx: AppContext, ruleKey: string) => selectSettingHistory(ctx.db, ruleKey);

export const readRecentBatches = (ctx: AppContext, limit = 50) => selectRecentBatches(ctx.db, limit);

export const countHeldDossiers = async (ctx: AppContext) => (await selectHeldDossierIds(ctx.db)).length;
