import { isUuid } from '../../app/forms.ts';
import type { SourceKind } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { MONITOR_ACCESS } from './access.ts';

/** A crawled ad in the identifier index: the monitor's roles (ads are public pages; /monitor/advertenties/:id). */
export const adSourceKind: SourceKind = {
  type: 'ad',
  label: { nl: 'Advertentie', en: 'Ad' },
  loadAccess: async (_ctx, viewer) => {
    const may = hasAccess(MONITOR_ACCESS, viewer.roles);

    return async () => may;
  },
  href: (id) => (isUuid(id) ? `/monitor/advertenties/${id}` : null),
};
