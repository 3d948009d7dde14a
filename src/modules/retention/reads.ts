import type { AppContext } from '../../app/context.ts';
import { findOpenHold, selectHeldDossierIds, selectHolds, selectRecentBatches, selectSettingHistory } from './queries.ts';

// What the retention pages read (routes never import queries.ts).

export const readSettingHistory = (ctx: AppContext, ruleKey: string) => selectSettingHistory(ctx.db, ruleKey);

export const readRecentBatches = (ctx: AppContext, limit = 50) => selectRecentBatches(ctx.db, limit);

export const countHeldDossiers = async (ctx: AppContext) => (await selectHeldDossierIds(ctx.db)).length;

export const readHolds = (ctx: AppContext) => selectHolds(ctx.db);

/** The dossier of an open hold (for the dossier check before lifting), or null. */
export const readOpenHoldDossier = async (ctx: AppContext, holdId: string) => (await findOpenHold(ctx.db, holdId))?.dossierId ?? null;
