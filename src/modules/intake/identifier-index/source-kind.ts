import { isUuid } from '../../../app/forms.ts';
import type { SourceKind } from '../../../app/module.ts';
import { hasAccess } from '../../accounts/index.ts';
import { REPORT_READERS } from '../access.ts';

/** A report in the identifier index: opens for whoever may read reports (/meldingen/:id does the same). */
export const reportSourceKind: SourceKind = {
  type: 'report',
  label: { nl: 'Melding', en: 'Report' },
  loadAccess: async (_ctx, viewer) => {
    const may = hasAccess(REPORT_READERS, viewer.roles);

    return async () => may;
  },
  href: (id) => (isUuid(id) ? `/meldingen/${id}` : null),
};
