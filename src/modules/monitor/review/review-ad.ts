import type { Db } from '../../../db/client.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { insertReview } from '../queries/review.ts';

export const DECISIONS = ['dismissed', 'relevant', 'dossier'] as const;
export type Decision = (typeof DECISIONS)[number];

export const isDecision = (value: string): value is Decision => (DECISIONS as readonly string[]).includes(value);

/**
 * Records a person's decision on a flagged ad, with who and why, and the same in the audit log (one
 * transaction). The caller has checked that the ad exists and, for "dossier", that the user may
 * change that dossier.
 */
export const reviewAd = async (
  db: Db,
  input: { adId: string; decision: Decision; dossierId: string | null; reason: string; user: { id: string; email: string }; ip?: string },
): Promise<void> => {
  await db.transaction(async (tx) => {
    await insertReview(tx, { adId: input.adId, decision: input.decision, dossierId: input.dossierId, reason: input.reason, decidedBy: input.user.id });
    await recordAuditEvent(tx, {
      actor: { userId: input.user.id, label: input.user.email, ip: input.ip },
      action: 'monitor.ad.review',
      targetType: 'ad',
      targetId: input.adId,
      details: { decision: input.decision, dossierId: input.dossierId, reason: input.reason },
    });
  });
};
