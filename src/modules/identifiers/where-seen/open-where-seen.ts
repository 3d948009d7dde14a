import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import type { IdentifierKind } from '../identifier-kinds.ts';
import { findWhereSeen } from './find-where-seen.ts';
import { type Viewer, viewerMayOpen } from './source-access.ts';

/**
 * The identifier page's read: where it was seen, as far as this viewer may open the sources. Every
 * look is logged, also when it was never seen (that a search happened is itself telling).
 */
export const openWhereSeen = async (ctx: AppContext, viewer: Viewer & { name: string }, input: { kind: IdentifierKind; key: string }) => {
  const seen = await findWhereSeen(ctx.db, { kind: input.kind, key: input.key, mayOpen: viewerMayOpen(ctx, viewer), limit: 100 });
  await logAccess(ctx.db, { user: viewer, recordType: 'identifier', recordId: `${input.kind}:${input.key}`, action: seen ? 'view' : 'search' });

  return seen;
};
