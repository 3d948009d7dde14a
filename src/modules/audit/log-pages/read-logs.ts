import type { Db } from '../../../db/client.ts';
import { type AccessFilter, type AuditFilter, listAccess, listAuditEvents } from '../queries.ts';
import { type AuditActor, recordAuditEvent } from '../chain/record-audit-event.ts';
import { verifyAuditChain } from '../chain/verify-audit-chain.ts';

export const LOG_PAGE_SIZE = 50;

/** The filter as it goes into the audit line: what was searched for, without empty fields. */
const describe = (filter: AuditFilter | AccessFilter, page: number) => {
  const out: Record<string, unknown> = { page };
  for (const [k, v] of Object.entries(filter)) {
    if (v instanceof Date) out[k] = v.toISOString();
    else if (v) out[k] = v;
  }

  return out;
};

/**
 * One page of the audit log for the privacy officer, plus the state of the whole chain. Looking at the
 * log is itself a security event, recorded first, so it shows up in the page it produced.
 */
export const readAuditLog = async (db: Db, options: { actor: AuditActor; filter: AuditFilter; page: number }) => {
  await recordAuditEvent(db, { actor: options.actor, action: 'audit.log-viewed', details: { log: 'audit', ...describe(options.filter, options.page) } });
  const rows = await listAuditEvents(db, options.filter, LOG_PAGE_SIZE, (options.page - 1) * LOG_PAGE_SIZE);
  // Walks every row: fine for the sizes a meldpunt produces; a checkpoint table would make it incremental.
  const chain = await verifyAuditChain(db);

  return { rows: rows.slice(0, LOG_PAGE_SIZE), hasNext: rows.length > LOG_PAGE_SIZE, chain };
};

/** One page of the access log ("who read which record"); the viewing is recorded in the audit log. */
export const readAccessLog = async (db: Db, options: { actor: AuditActor; filter: AccessFilter; page: number }) => {
  await recordAuditEvent(db, { actor: options.actor, action: 'audit.log-viewed', details: { log: 'access', ...describe(options.filter, options.page) } });
  const rows = await listAccess(db, options.filter, LOG_PAGE_SIZE, (options.page - 1) * LOG_PAGE_SIZE);

  return { rows: rows.slice(0, LOG_PAGE_SIZE), hasNext: rows.length > LOG_PAGE_SIZE };
};
