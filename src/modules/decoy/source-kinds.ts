import { isUuid } from '../../app/forms.ts';
import type { SourceKind } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { DECOY_READERS } from './access.ts';

/**
 * The identifier index's source kind 'decoy_contact' (the conversation id): the decoy module's own
 * rule — operators, legal reviewers and supervisors open it; partners and analysts never do.
 */
export const decoySourceKinds: SourceKind[] = [
  {
    type: 'decoy_contact',
    label: { nl: 'Lokprofiel-contact', en: 'Decoy contact' },
    loadAccess: async (_ctx, viewer) => {
      const may = hasAccess(DECOY_READERS, viewer.roles);
      return async (id) => may && isUuid(id);
    },
    href: (id) => (isUuid(id) ? `/lokprofielen/gesprekken/${id}` : null),
  },
];
