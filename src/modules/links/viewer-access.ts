import type { Db } from '../../db/client.ts';
import { loadSourceAccess, type SourceAccess } from '../identifiers/index.ts';

export type Viewer = { id: string; name: string; roles: readonly string[] };

/**
 * What one viewer may open in a link chart: exactly the identifier index's rule per source kind
 * (identifiers/source-access.ts), loaded once so no node costs a query. Deny by default: decoy
 * contacts have no module yet, so they are only ever counted.
 */
export type ViewerAccess = SourceAccess & { viewer: Viewer };

export const loadViewerAccess = async (db: Db, viewer: Viewer): Promise<ViewerAccess> => ({ ...(await loadSourceAccess(db, viewer)), viewer });
