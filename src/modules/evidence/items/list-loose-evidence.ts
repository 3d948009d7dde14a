import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import { listEvidenceItems } from '../queries.ts';

/** One page of the evidence not yet in a dossier; reading the list is an access-log line. */
export const listLooseEvidence = async (ctx: AppContext, viewer: { id: string; name: string }, page: { limit: number; offset: number }) => {
  const rows = await listEvidenceItems(ctx.db, { dossierId: null, ...page });
  await logAccess(ctx.db, { user: viewer, recordType: 'evidence-list', recordId: 'loose', action: 'view' });

  return rows;
};
