import { isUuid } from '../../../app/forms.ts';
import type { SourceKind } from '../../../app/module.ts';
import { sourceKind } from '../../../app/registry.ts';
import { hasAccess } from '../../accounts/index.ts';
import { EVIDENCE_ROLES } from '../access.ts';
import { findEvidenceItem } from '../queries.ts';

/**
 * An evidence item in the identifier index: EVIDENCE_ROLES (/bewijs/:id); an item in a dossier also
 * needs that dossier, asked of the dossier kind (cases owns that rule). A loose item (in no dossier)
 * needs the role only: DESIGN §4 puts case-level access *on top of* roles, and a loose item belongs
 * to no case, just as /bewijs lists loose items to those roles.
 */
export const evidenceSourceKind: SourceKind = {
  type: 'evidence',
  label: { nl: 'Bewijsstuk', en: 'Evidence' },
  loadAccess: async (ctx, viewer) => {
    if (!hasAccess(EVIDENCE_ROLES, viewer.roles)) return async () => false;
    const dossierKind = sourceKind('dossier');
    const mayOpenDossier = dossierKind ? await dossierKind.loadAccess(ctx, viewer) : async () => false;

    return async (id) => {
      if (!isUuid(id)) return false;
      const item = await findEvidenceItem(ctx.db, id);
      if (!item) return false;

      return item.dossierId ? mayOpenDossier(item.dossierId) : true;
    };
  },
  href: (id) => (isUuid(id) ? `/bewijs/${id}` : null),
};
