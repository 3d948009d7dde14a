import type { AppContext } from '../../app/context.ts';
import { logAccess } from '../audit/log-access.ts';
import { findWhereSeen, type WhereSeen } from './find-where-seen.ts';
import { isIdentifierKind } from './identifier-kinds.ts';
import { listIdentifiersOfSource } from './list-identifiers-of-source.ts';
import { type Viewer, viewerMayOpen } from './source-access.ts';
import type { SourceRef } from './sources.ts';

export type SeenElsewhere = { kind: string; key: string; display: string; seen: WhereSeen | null };

/** A report with hundreds of numbers still makes a page of bounded size and cost. */
export const WHERE_ELSE_LIMITS = { identifiers: 50, occurrencesEach: 10 } as const;

/**
 * For a source page (a report, later an ad or a person): each identifier of the source, where else
 * it was seen, the other sources linked only when the viewer may open them (the same rule as the
 * identifier page). Each identifier shown is an identifier read, so each is written to the access log.
 */
export const showWhereElseSeen = async (
  ctx: AppContext,
  input: { source: SourceRef; viewer: Viewer & { name: string } },
): Promise<{ items: SeenElsewhere[]; more: number }> => {
  const all = await listIdentifiersOfSource(ctx.db, input.source);
  const mayOpen = viewerMayOpen(ctx, input.viewer);
  const items: SeenElsewhere[] = [];
  for (const i of all.slice(0, WHERE_ELSE_LIMITS.identifiers)) {
    if (!isIdentifierKind(i.kind)) continue;
    const seen =
      i.totalElsewhere === 0 ? null : await findWhereSeen(ctx.db, { kind: i.kind, key: i.key, mayOpen, exclude: input.source, limit: WHERE_ELSE_LIMITS.occurrencesEach });
    await logAccess(ctx.db, { user: input.viewer, recordType: 'identifier', recordId: `${i.kind}:${i.key}`, action: 'view', reason: `${input.source.type}:${input.source.id}` });
    items.push({ kind: i.kind, key: i.key, display: i.display, seen });
  }

  return { items, more: Math.max(0, all.length - WHERE_ELSE_LIMITS.identifiers) };
};
