import { pageRead } from '../../app/page-read.ts';
import * as queries from './queries.ts';

// What this module's pages read: routes call these (or a command), never queries.ts; the SQL stays there.
export type { QueueFilter } from './queries.ts';

export const findReportById = pageRead(queries.findReportById);
export const findReportByIdempotencyKey = pageRead(queries.findReportByIdempotencyKey);
export const listDraftFiles = pageRead(queries.listDraftFiles);
export const listMessages = pageRead(queries.listMessages);
export const listOpenAlerts = pageRead(queries.listOpenAlerts);
export const listReportFiles = pageRead(queries.listReportFiles);
