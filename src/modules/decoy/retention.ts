import type { AppContext } from '../../app/context.ts';
import { sql } from 'drizzle-orm';
import type { RetentionKeep, RetentionRule } from '../../app/module.ts';
import { forgetSource } from '../identifiers/index.ts';
import { deleteConversations, selectExpiredConversations } from './queries/retention.ts';
import { decoyConversations } from './schema.ts';

/**
 * Decoy conversations per outcome. The research (E5) gives no periods: they must be set in the DPIA
 * and checked with the AP permit. These defaults are proposals, shortest for people who did not
 * continue (data minimisation), longest where the police were notified; the privacy officer sets the
 * real ones in the schedule.
 */
const rule = (key: string, outcomes: string[], defaultDays: number, nl: string, en: string, basisNl: string, basisEn: string): RetentionRule => ({
  key,
  label: { nl, en },
  defaultDays,
  action: 'delete',
  legalBasis: { nl: basisNl, en: basisEn },
  purge: async (ctx: AppContext, o) => {
    const expired = await selectExpiredConversations(ctx.db, outcomes, o.expiredBefore, o.limit);
    if (o.dryRun) return { count: expired.length };
    for (const id of expired) await forgetSource(ctx.db, { type: 'decoy_contact', id });
    await deleteConversations(ctx.db, expired);

    return { count: expired.length };
  },
});

export const decoyRetention: RetentionRule[] = [
  rule('decoy.conversation.spam', ['spam'], 30, 'Lokprofielgesprek: spam of niet relevant', 'Decoy conversation: spam or irrelevant', 'Geen doel meer (AVG art. 5 lid 1 c en e); periode vast te stellen in de DPIA', 'No purpose left (GDPR art. 5(1)(c), (e)); period to be set in the DPIA'),
  rule('decoy.conversation.no_continuation', ['closed_no_continuation', 'closed_desisted'], 90, 'Lokprofielgesprek: niet doorgegaan of gestopt', 'Decoy conversation: did not continue or desisted', 'Dataminimalisatie (AVG art. 5 lid 1 c); periode vast te stellen in de DPIA en te toetsen aan de AP-vergunning', 'Data minimisation (GDPR art. 5(1)(c)); period to be set in the DPIA and checked with the DPA permit'),
  rule('decoy.conversation.notified', ['closed_notified'], 730, 'Lokprofielgesprek: gemeld aan de politie', 'Decoy conversation: notified to the police', 'Afspraak met politie/OM en AP-vergunning (UAVG art. 32/33); periode vast te stellen in de DPIA', 'Agreement with police/prosecution and DPA permit (UAVG art. 32/33); period to be set in the DPIA'),
];

/** An identifier occurrence from a conversation stays while the conversation exists (identifiers' orphan rule). */
export const decoyRetentionKeeps: RetentionKeep[] = [
  { recordType: 'identifier-source:decoy_contact', keeps: (id) => sql`exists (select 1 from ${decoyConversations} where ${decoyConversations.id}::text = ${id})` },
];
