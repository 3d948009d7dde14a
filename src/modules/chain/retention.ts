import { inArray } from 'drizzle-orm';
import type { RetentionForget } from '../../app/module.ts';
import { chainReferralSteps, chainReferrals, chainShareReads, chainShares } from './schema.ts';

/**
 * A dossier that goes (cases' dossier rules, issue 19) takes what the chain keeps of it: the shares
 * with their partner reads, and the referrals with their steps (their feedback is about the dossier).
 */
export const chainRetentionForgets: RetentionForget[] = [
  {
    recordType: 'dossier',
    forget: async (db, ids) => {
      const shares = db.select({ id: chainShares.id }).from(chainShares).where(inArray(chainShares.dossierId, ids));
      await db.delete(chainShareReads).where(inArray(chainShareReads.shareId, shares));
      await db.delete(chainShares).where(inArray(chainShares.dossierId, ids));
      const referrals = db.select({ id: chainReferrals.id }).from(chainReferrals).where(inArray(chainReferrals.dossierId, ids));
      await db.delete(chainReferralSteps).where(inArray(chainReferralSteps.referralId, referrals));
      await db.delete(chainReferrals).where(inArray(chainReferrals.dossierId, ids));
    },
  },
];
