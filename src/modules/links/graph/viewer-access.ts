import type { AppContext } from '../../../app/context.ts';
import { loadSourceAccess, type SourceAccess, type SourceRef } from '../../identifiers/index.ts';

export type Viewer = { id: string; name: string; roles: readonly string[] };

/**
 * What one viewer may open in a link chart: exactly the identifier index's rule per source kind
 * (identifiers/where-seen/source-access.ts), loaded once so no node costs a query. Deny by default: decoy
 * contacts have no module yet, so they are only ever counted.
 */
export type ViewerAccess = SourceAccess & { viewer: Viewer };

export const loadViewerAccess = (ctx: AppContext, viewer: Viewer): ViewerAccess => ({ ...loadSourceAccess(ctx, viewer), viewer });

/** The ids of one source type that the viewer may open (each kind answers from what it loaded once). */
export const openableIds = async (access: ViewerAccess, type: SourceRef['type'], ids: readonly string[]): Promise<string[]> => {
  const allowed = await Promise.all(ids.map((id) => access.mayOpen({ type, id })));

  return ids.filter((_, i) => allowed[i]);
};
