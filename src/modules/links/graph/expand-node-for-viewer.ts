import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import type { TimeWindow } from '../queries.ts';
import { expandNode } from './build-link-graph.ts';
import { loadViewerAccess, type Viewer } from './viewer-access.ts';

/** One node's neighbours, only for a node the viewer may open; every expand that shows something is logged. */
export const expandNodeForViewer = async (ctx: AppContext, viewer: Viewer, input: { nodeId: string; window: TimeWindow; reason: string }) => {
  const result = await expandNode(ctx.db, loadViewerAccess(ctx, viewer), input.nodeId, input.window);
  if (result.ok) await logAccess(ctx.db, { user: viewer, recordType: result.recordType, recordId: result.recordId, action: 'view', reason: input.reason });

  return result;
};
