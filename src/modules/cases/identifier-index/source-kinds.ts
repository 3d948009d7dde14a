import type { AppContext } from '../../../app/context.ts';
import { isUuid } from '../../../app/forms.ts';
import type { SourceKind, SourceViewer } from '../../../app/module.ts';
import { personHref } from '../../identifiers/index.ts';
import { listAssignedDossierIds } from '../queries/access.ts';

/**
 * Which dossiers one viewer may open from the identifier index: a supervisor every dossier, an
 * investigator the dossiers assigned to them (requireDossierAccess's rule). Partners reach dossiers
 * only through their shares, never from the index.
 */
const loadDossierRule = async (ctx: AppContext, viewer: SourceViewer): Promise<(dossierId: string | null) => boolean> => {
  const isSupervisor = viewer.roles.includes('supervisor');
  const assigned = viewer.roles.includes('investigator') ? await listAssignedDossierIds(ctx.db, viewer.id) : new Set<string>();

  return (dossierId) => dossierId !== null && isUuid(dossierId) && (isSupervisor || assigned.has(dossierId));
};

export const dossierSourceKind: SourceKind = {
  type: 'dossier',
  label: { nl: 'Dossier', en: 'Dossier' },
  loadAccess: async (ctx, viewer) => {
    const may = await loadDossierRule(ctx, viewer);

    return async (id) => may(id);
  },
  href: (id) => (isUuid(id) ? `/dossiers/${id}` : null),
};

/** A person in a dossier (id "dossierId/subjectId"): opens with the dossier, at the person's card. */
export const dossierPersonSourceKind: SourceKind = {
  type: 'dossier_person',
  label: { nl: 'Persoon in dossier', en: 'Person in dossier' },
  loadAccess: async (ctx, viewer) => {
    const may = await loadDossierRule(ctx, viewer);

    return async (id) => may(id.split('/')[0] ?? null);
  },
  href: (id) => {
    const [dossierId, subjectId] = id.split('/');

    return dossierId && subjectId && isUuid(dossierId) && isUuid(subjectId) ? personHref(dossierId, subjectId) : null;
  },
};
