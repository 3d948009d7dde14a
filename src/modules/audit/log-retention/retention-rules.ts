import type { RetentionRule } from '../../../app/module.ts';
import { allowRetentionDelete, countOldAccess, deleteOldAccess, selectHeldWithOldAccess } from '../queries.ts';
import { cutAuditChain } from './cut-audit-chain.ts';

// The retention rules of the two logs (issue 19, research chain-domain.md §4.5/§4.6). Both periods
// are proposals, to be set in the DPIA: NEN 7513 asks at least five years for access logs in care,
// BIO2 8.15 a risk-based period that takes long-lasting intrusions into account.
const PROPOSAL = { nl: '; voorstel, vast te stellen in de DPIA', en: '; a proposal, to be set in the DPIA' };

/**
 * The access log is not chained: lines older than the period go, oldest first. Lines about a held
 * dossier (legal hold) stay. A line holds who read which record, never the record's content.
 */
const accessLogRule: RetentionRule = {
  key: 'audit.access_log',
  label: { nl: 'Inzagelog (wie welk dossier, welke melding of welk bestand heeft bekeken)', en: 'Access log (who read which dossier, report or file)' },
  defaultDays: 5 * 365 + 1,
  action: 'delete',
  counted: false,
  legalBasis: {
    nl: `Verantwoording van elke inzage, ook voor klachten en inzageverzoeken van betrokkenen; NEN 7513 vraagt minstens vijf jaar (AVG art. 5 lid 2 en art. 32, BIO2 8.15)${PROPOSAL.nl}`,
    en: `Accountability for every read, also for complaints and data-subject requests; NEN 7513 asks at least five years (GDPR art. 5(2) and 32, BIO2 8.15)${PROPOSAL.en}`,
  },
  purge: async (ctx, o) => {
    const query = { expiredBefore: o.expiredBefore, heldDossiers: o.heldDossiers ?? [], limit: o.limit };
    const held = await selectHeldWithOldAccess(ctx.db, query);
    if (o.dryRun) return { count: await countOldAccess(ctx.db, query), held };
    await allowRetentionDelete(ctx.db);

    return { count: await deleteOldAccess(ctx.db, query), held };
  },
};

/**
 * The audit log is a hash chain: the oldest events go from its start, behind a signed cut, so
 * `vangnet verify-audit` still checks every event that stays (log-retention/cut-audit-chain.ts).
 * Longer than the access log and than the longest dossier period, because custody events prove
 * what happened to evidence that was handed over.
 */
const auditLogRule: RetentionRule = {
  key: 'audit.audit_log',
  label: { nl: 'Auditlog (beveiligings- en bewaarketengebeurtenissen, als hashketen)', en: 'Audit log (security and custody events, as a hash chain)' },
  defaultDays: 7 * 365 + 2,
  action: 'delete',
  counted: false,
  legalBasis: {
    nl: `Bewijs van wie wat met gegevens en bewijsmateriaal deed, ook na overdracht aan politie of OM; langer dan de langste dossiertermijn (AVG art. 5 lid 2 en art. 32, BIO2 8.15.04)${PROPOSAL.nl}`,
    en: `Proof of who did what with data and evidence, also after a handover to the police or prosecution; longer than the longest dossier period (GDPR art. 5(2) and 32, BIO2 8.15.04)${PROPOSAL.en}`,
  },
  purge: (ctx, o) => cutAuditChain(ctx, o),
};

export const auditRetention: RetentionRule[] = [accessLogRule, auditLogRule];
