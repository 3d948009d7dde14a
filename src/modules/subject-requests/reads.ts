import type { AppContext } from '../../app/context.ts';
import { selectRequests } from './queries.ts';

// What the request pages read without logging (the list holds no personal data: kind and days only).

export const REQUEST_LIST_LIMIT = 500;

export const readRequestList = (ctx: AppContext) => selectRequests(ctx.db, REQUEST_LIST_LIMIT);
