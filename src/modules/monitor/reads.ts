import { pageRead } from '../../app/page-read.ts';
import * as queries from './queries.ts';

// What this module's pages read: routes call these (or a command), never queries.ts; the SQL stays there.
export type { SourceRow } from './queries.ts';

export const countFrontier = pageRead(queries.countFrontier);
export const countUnreadAlerts = pageRead(queries.countUnreadAlerts);
export const selectAd = pageRead(queries.selectAd);
export const selectAdsOfGroups = pageRead(queries.selectAdsOfGroups);
export const selectAlertsOfOwner = pageRead(queries.selectAlertsOfOwner);
export const selectFrontierProblems = pageRead(queries.selectFrontierProblems);
export const selectGroupPosition = pageRead(queries.selectGroupPosition);
export const selectGroupsPage = pageRead(queries.selectGroupsPage);
export const selectLexiconHistory = pageRead(queries.selectLexiconHistory);
export const selectNewestLexicon = pageRead(queries.selectNewestLexicon);
export const selectReviewQueue = pageRead(queries.selectReviewQueue);
export const selectScoredAdsPage = pageRead(queries.selectScoredAdsPage);
export const selectSource = pageRead(queries.selectSource);
export const selectSourceChoices = pageRead(queries.selectSourceChoices);
export const selectSources = pageRead(queries.selectSources);
export const selectVersionWarc = pageRead(queries.selectVersionWarc);
