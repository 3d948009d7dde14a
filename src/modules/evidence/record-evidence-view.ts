import type { AppContext } from '../../app/context.ts';
import { ok, type Result } from '../../app/result.ts';
import { logAccess } from '../audit/index.ts';
import { type Actor, recordCustodyEvent } from './custody.ts';

/** Seeing what was captured, with its hashes, is a view in the custody sense (DESIGN §3 rule 5): access log and custody chain together. */
export const recordEvidenceView = async (ctx: AppContext, input: { actor: Actor; evidenceId: string }): Promise<Result<null>> => {
  await ctx.db.transaction(async (tx) => {
    await logAccess(tx, { user: input.actor, recordType: 'evidence', recordId: input.evidenceId, action: 'view' });
    await recordCustodyEvent(tx, { actor: input.actor, action: 'custody.view', evidenceId: input.evidenceId, details: { part: 'metadata' } });
  });

  return ok(null);
};
