import type { RetentionRule } from '../../../app/module.ts';
import { deleteRequests, selectAnsweredBefore } from '../queries.ts';

/**
 * How long a data-subject request is kept: who asked (encrypted), how the identity was checked, the
 * days, the extension and the decisions per record. Vangnet must be able to show that it answered
 * and how (AVG art. 5(2), accountability), also when the person complains to the Autoriteit
 * Persoonsgegevens or goes to court; the answer itself is never stored. No public source gives a
 * period: two years after the first answer is a proposal, to be set in the DPIA (marked so in the
 * basis, like the other proposals). An open request never expires by the clock: it still needs an answer.
 * What stays after deletion: the audit events (kind, days and counts, never the person) and the
 * access-log lines, which follow their own rules.
 */
export const subjectRequestRetention: RetentionRule = {
  key: 'subject_requests.request',
  label: { nl: 'Verzoek van een betrokkene (inzage, correctie, wissen …) met de besluiten', en: 'Data-subject request (access, correction, erasure …) with its decisions' },
  defaultDays: 730,
  action: 'delete',
  counted: false,
  legalBasis: {
    nl: 'Verantwoordingsplicht (AVG art. 5 lid 2 en art. 12): laten zien dat en hoe het verzoek is beantwoord, ook bij een klacht; vanaf het eerste antwoord; voorstel, vast te stellen in de DPIA',
    en: 'Accountability (GDPR art. 5(2) and art. 12): showing that and how the request was answered, also after a complaint; from the first answer; a proposal, to be set in the DPIA',
  },
  purge: async (ctx, o) => {
    const ids = (await selectAnsweredBefore(ctx.db, o.expiredBefore, o.limit)).map((r) => r.id);
    if (o.dryRun || ids.length === 0) return { count: ids.length };
    await deleteRequests(ctx.db, ids);

    return { count: ids.length };
  },
};
