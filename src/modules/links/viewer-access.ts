import type { Db } from '../../db/client.ts';
import { hasAccess, type Role } from '../accounts/roles.ts';
import { listAssignedDossierIds } from './queries.ts';

export type Viewer = { id: string; name: string; roles: readonly string[] };

/** The roles of the report page (/meldingen/:id) and of the identifier pages; kept in step with them. */
const REPORT_READERS: readonly Role[] = ['intake', 'supervisor', 'investigator'];
/** Ads are public web pages the monitor read; anyone who may use the identifier index may see them. */
const AD_READERS: readonly Role[] = ['investigator', 'supervisor', 'analyst'];

/**
 * What one viewer may open, decided without a query per node: the roles plus the dossiers the viewer
 * is assigned to (read once). Deny by default: decoy contacts have no module yet, so they are only
 * ever counted.
 */
export type ViewerAccess = {
  viewer: Viewer;
  dossier: (dossierId: string | null) => boolean;
  report: () => boolean;
  ad: () => boolean;
};

export const loadViewerAccess = async (db: Db, viewer: Viewer): Promise<ViewerAccess> => {
  const isSupervisor = viewer.roles.includes('supervisor');
  const assigned = viewer.roles.includes('investigator') ? await listAssignedDossierIds(db, viewer.id) : new Set<string>();

  return {
    viewer,
    dossier: (dossierId) => isSupervisor || (dossierId !== null && assigned.has(dossierId)),
    report: () => hasAccess(REPORT_READERS, viewer.roles),
    ad: () => hasAccess(AD_READERS, viewer.roles),
  };
};
