import type { AppContext } from '../../app/context.ts';
import { hasAccess } from '../accounts/roles.ts';
import { isAssignee } from '../cases/queries.ts';
import { EVIDENCE_ROLES } from '../evidence/access.ts';
import { findEvidenceItem } from '../evidence/queries.ts';
import { REPORT_READERS } from '../intake/access.ts';
import { MONITOR_ACCESS } from '../monitor/routes.tsx';
import type { MayOpen, SourceRef } from './sources.ts';

export type Viewer = { id: string; roles: readonly string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const mayOpenDossier = async (ctx: AppContext, viewer: Viewer, dossierId: string): Promise<boolean> => {
  if (!UUID.test(dossierId)) return false;
  if (viewer.roles.includes('supervisor')) return true;

  return viewer.roles.includes('investigator') && (await isAssignee(ctx.db, dossierId, viewer.id));
};

/** As /bewijs/:id decides: the evidence roles, and for an item in a dossier access to that dossier. */
const mayOpenEvidence = async (ctx: AppContext, viewer: Viewer, evidenceId: string): Promise<boolean> => {
  if (!UUID.test(evidenceId) || !hasAccess(EVIDENCE_ROLES, viewer.roles)) return false;
  const item = await findEvidenceItem(ctx.db, evidenceId);
  if (!item) return false;

  return item.dossierId ? mayOpenDossier(ctx, viewer, item.dossierId) : true;
};

/**
 * Which sources a staff member may open, for links on identifier pages. Deny by default: source types
 * whose module has no rule here yet (decoy contacts) are counted but not shown. Each rule is the one
 * the source's own page applies (reports: intake's readers; dossiers: supervisor or assigned
 * investigator, as cases' requireDossierAccess; ads: the monitor's roles; partners never reach these
 * pages).
 * A dossier person's source id is "<dossierId>/<subjectId>".
 */
export const viewerMayOpen =
  (ctx: AppContext, viewer: Viewer): MayOpen =>
  async (source: SourceRef) => {
    switch (source.type) {
      case 'report':
        return hasAccess(REPORT_READERS, viewer.roles);
      case 'dossier':
        return mayOpenDossier(ctx, viewer, source.id);
      case 'dossier_person':
        return mayOpenDossier(ctx, viewer, source.id.split('/')[0] ?? '');
      case 'evidence':
        return mayOpenEvidence(ctx, viewer, source.id);
      case 'ad':
        // Crawled public ads, listed on /monitor for these roles; there is no page per ad yet, so no link.
        return hasAccess(MONITOR_ACCESS, viewer.roles);
      default:
        return false;
    }
  };

/** Where a linked source opens in the staff app, or null when it has no page yet. */
export const sourceHref = (source: SourceRef): string | null => {
  if (source.type === 'report' && UUID.test(source.id)) return `/meldingen/${source.id}`;
  if (source.type === 'dossier' && UUID.test(source.id)) return `/dossiers/${source.id}`;
  if (source.type === 'evidence' && UUID.test(source.id)) return `/bewijs/${source.id}`;
  if (source.type === 'dossier_person') {
    const [dossierId, subjectId] = source.id.split('/');
    if (dossierId && subjectId && UUID.test(dossierId) && UUID.test(subjectId)) return `/dossiers/${dossierId}/personen/${subjectId}`;
  }

  return null;
};

/** The page of one identifier. Keys may hold '/' (URLs), so the key is one encoded path segment. */
export const identifierHref = (kind: string, key: string): string => `/identificatoren/${kind}/${encodeURIComponent(key)}`;
