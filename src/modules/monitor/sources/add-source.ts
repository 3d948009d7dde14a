import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { createSource, type NewSourceInput } from './create-source.ts';

/** Adds a monitor source and its audit record together, or neither. */
export const addSource = (ctx: AppContext, input: NewSourceInput, by: { userId: string; label: string; ip: string }) =>
  ctx.db.transaction(async (tx) => {
    const created = await createSource(tx, input, by.userId);
    if (created.ok) {
      await recordAuditEvent(tx, {
        actor: by,
        action: 'monitor.source.create',
        targetType: 'monitor_source',
        targetId: created.source.id,
        details: { name: created.source.name, legalBasis: created.source.legalBasis },
      });
    }

    return created;
  });
