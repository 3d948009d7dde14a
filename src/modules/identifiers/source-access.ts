import type { AppContext } from '../../app/context.ts';
import type { Db } from '../../db/client.ts';
import { hasAccess } from '../accounts/index.ts';
import { listAssignedDossierIds } from '../cases/index.ts';
import { EVIDENCE_ROLES, findEvidenceItem } from '../evidence/index.ts';
import { REPORT_READERS } from '../intake/index.ts';
import { MONITOR_ACCESS } from '../monitor/index.ts';
import type { MayOpen, SourceRef } from './sources.ts';
import { isUuid } from '../../app/forms.ts';

export type Viewer = { id: string; roles: readonly string[] };


/**
 * THE rule for which sources of the identifier index one staff member may open, one rule per source
 * kind. Every view that links to sources uses it: the identifier page, "where else seen" on report,
 * evidence and dossier pages, link suggestions and the link chart (links/viewer-access.ts). Each rule
 * is the one the source's own page applies, so a link is shown exactly when following it would work:
 *
 * - report: intake's REPORT_READERS (/meldingen/:id);
 * - dossier, dossier person: supervisor, or an investigator assigned to that dossier
 *   (cases' requireDossierAccess); partners reach dossiers only through their shares, never here;
 * - evidence: EVIDENCE_ROLES (/bewijs/:id); an item in a dossier also needs access to that dossier.
 *   A loose item (in no dossier) needs the role only: DESIGN §4 puts case-level access *on top of*
 *   roles, and a loose item belongs to no case, just as /bewijs lists loose items to those roles;
 * - ad: the monitor's roles (ads are public pages; /monitor/advertenties/:id);
 * - decoy contact and anything else: deny (no module yet), so only counted.
 *
 * Loaded once per page (the viewer's assigned dossiers in one query), then answered without queries.
 */
export type SourceAccess = {
  viewer: Viewer;
  report: () => boolean;
  ad: () => boolean;
  dossier: (dossierId: string | null) => boolean;
  evidence: (item: { dossierId: string | null }) => boolean;
};

export const loadSourceAccess = async (db: Db, viewer: Viewer): Promise<SourceAccess> => {
  const isSupervisor = viewer.roles.includes('supervisor');
  const assigned = viewer.roles.includes('investigator') ? await listAssignedDossierIds(db, viewer.id) : new Set<string>();
  const dossier = (dossierId: string | null) => dossierId !== null && isUuid(dossierId) && (isSupervisor || assigned.has(dossierId));

  return {
    viewer,
    report: () => hasAccess(REPORT_READERS, viewer.roles),
    ad: () => hasAccess(MONITOR_ACCESS, viewer.roles),
    dossier,
    evidence: (item) => hasAccess(EVIDENCE_ROLES, viewer.roles) && (item.dossierId === null || dossier(item.dossierId)),
  };
};

/** The rule above for one source of the index. Only evidence needs a lookup (which dossier holds it). */
export const mayOpenSource = async (db: Db, access: SourceAccess, source: SourceRef): Promise<boolean> => {
  switch (source.type) {
    case 'report':
      return access.report();
    case 'dossier':
      return access.dossier(source.id);
    case 'dossier_person':
      return access.dossier(source.id.split('/')[0] ?? null);
    case 'evidence': {
      if (!isUuid(source.id)) return false;
      const item = await findEvidenceItem(db, source.id);

      return item ? access.evidence({ dossierId: item.dossierId ?? null }) : false;
    }
    case 'ad':
      return access.ad();
    default:
      return false;
  }
};

/**
 * The rule as a `MayOpen` for one viewer, for findWhereSeen and suggestLinks. The viewer's access is
 * loaded at the first question and reused for the rest.
 */
export const viewerMayOpen = (ctx: AppContext, viewer: Viewer): MayOpen => {
  let access: Promise<SourceAccess> | null = null;

  return async (source: SourceRef) => {
    access ??= loadSourceAccess(ctx.db, viewer);

    return mayOpenSource(ctx.db, await access, source);
  };
};

/** A dossier person has no page of its own: it opens at its card on the dossier page. */
export const personHref = (dossierId: string, subjectId: string): string => `/dossiers/${dossierId}#persoon-${subjectId}`;

/** Where a linked source opens in the staff app, or null when it has no page yet. */
export const sourceHref = (source: SourceRef): string | null => {
  if (source.type === 'report' && isUuid(source.id)) return `/meldingen/${source.id}`;
  if (source.type === 'dossier' && isUuid(source.id)) return `/dossiers/${source.id}`;
  if (source.type === 'evidence' && isUuid(source.id)) return `/bewijs/${source.id}`;
  if (source.type === 'ad' && isUuid(source.id)) return `/monitor/advertenties/${source.id}`;
  if (source.type === 'dossier_person') {
    const [dossierId, subjectId] = source.id.split('/');
    if (dossierId && subjectId && isUuid(dossierId) && isUuid(subjectId)) return personHref(dossierId, subjectId);
  }

  return null;
};

/** The page of one identifier. Keys may hold '/' (URLs), so the key is one encoded path segment. */
export const identifierHref = (kind: string, key: string): string => `/identificatoren/${kind}/${encodeURIComponent(key)}`;
