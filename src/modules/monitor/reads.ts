import { pageRead } from '../../app/page-read.ts';
import * as adPage from './queries/ad-page.ts';
import * as alerts from './queries/alerts.ts';
import * as frontier from './queries/frontier.ts';
import * as lexicon from './queries/lexicon.ts';
import * as lists from './queries/lists.ts';
import * as review from './queries/review.ts';
import * as sources from './queries/sources.ts';

const queries = { ...adPage, ...alerts, ...frontier, ...lexicon, ...lists, ...review, ...sources };

// What this module's pages read: routes call these (or a command), never queries/; the SQL stays there.
export type { SourceRow } from './queries/sources.ts';

export const countFrontier = pageRead(queries.countFrontier);
export const countUnreadAlerts = pageRead(queries.countUnreadAlerts);
export const selectAd = pageRead(queries.selectAd);
export const selectAdsOfGroups = pageRead(queries.selectAdsOfGroups);
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
