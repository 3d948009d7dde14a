import type { SourceKind } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { DECOY_READERS } from './access.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
      return async (id) => may && UUID.test(id);
    },
    href: (id) => (UUID.test(id) ? `/lokprofielen/gesprekken/${id}` : null),
  },
];
