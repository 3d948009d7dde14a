import { and, inArray, lt, notExists, or, sql } from 'drizzle-orm';
import type { RetentionForget, RetentionKeep, RetentionRule } from '../../app/module.ts';
import { forgetSource } from '../identifiers/index.ts';
import { adGroups, adIndicatorScores, adReviews, adVersions, ads, crawlFrontier, monitorAlerts } from './schema.ts';

// The monitor's retention rule (issue 19). Its SQL is here, next to the rule, as one unit.

/**
 * Ads (with every version and its WARC) that the crawler has not seen online for the period. An ad
 * that matched a dossier (an alert) or that someone marked relevant or added to a dossier stays: it
 * follows the dossier. The period proposal (a year) is not from a public source: set it in the DPIA.
 */
export const adRule: RetentionRule = {
  key: 'monitor.ad',
  label: { nl: 'Advertentie met alle versies en WARC-bestanden', en: 'Ad with all its versions and WARC files' },
  defaultDays: 365,
  action: 'delete',
  legalBasis: {
    nl: 'Openbare advertentie, verwerkt voor signalering (UAVG art. 33, eigen doeleinden); niet langer dan nodig nadat zij offline is (AVG art. 5 lid 1 e); voorstel, vast te stellen in de DPIA',
    en: 'Public ad, processed to detect exploitation (UAVG art. 33, own purposes); no longer than needed after it went offline (GDPR art. 5(1)(e)); a proposal, to be set in the DPIA',
  },
  purge: async (ctx, o) => {
    const rows = await ctx.db
      .select({ id: ads.id, sourceId: ads.sourceId, url: ads.url })
      .from(ads)
      .where(
        and(
          lt(ads.lastSeenAt, o.expiredBefore),
          notExists(ctx.db.select({ one: sql`1` }).from(monitorAlerts).where(sql`${monitorAlerts.adId} = ${ads.id}`)),
          notExists(
            ctx.db
              .select({ one: sql`1` })
              .from(adReviews)
              .where(and(sql`${adReviews.adId} = ${ads.id}`, or(inArray(adReviews.decision, ['relevant', 'dossier']), sql`${adReviews.dossierId} is not null`))),
          ),
        ),
      )
      .orderBy(ads.lastSeenAt)
      .limit(o.limit)
      .for('update', { skipLocked: true });
    const ids = rows.map((r) => r.id);
    if (o.dryRun || ids.length === 0) return { count: ids.length };
    for (const id of ids) await forgetSource(ctx.db, { type: 'ad', id });
    const groups = (await ctx.db.selectDistinct({ id: ads.groupId }).from(ads).where(inArray(ads.id, ids))).map((g) => g.id).filter((g): g is string => g !== null);
    await ctx.db.delete(adVersions).where(inArray(adVersions.adId, ids));
    await ctx.db.delete(adIndicatorScores).where(inArray(adIndicatorScores.adId, ids));
    await ctx.db.delete(adReviews).where(inArray(adReviews.adId, ids));
    for (const r of rows) await ctx.db.delete(crawlFrontier).where(and(sql`${crawlFrontier.sourceId} = ${r.sourceId}`, sql`${crawlFrontier.url} = ${r.url}`));
    await ctx.db.delete(ads).where(inArray(ads.id, ids));
    // A group left without ads goes (its template is their text); the others are rebuilt at the next regrouping.
    if (groups.length > 0) {
      await ctx.db.delete(adGroups).where(and(inArray(adGroups.id, groups), notExists(ctx.db.select({ one: sql`1` }).from(ads).where(sql`${ads.groupId} = ${adGroups.id}`))));
    }

    return { count: ids.length };
  },
};

export const monitorRetention: RetentionRule[] = [adRule];

/** An identifier occurrence from an ad stays while the ad exists (identifiers' orphan rule). */
export const monitorRetentionKeeps: RetentionKeep[] = [{ recordType: 'identifier-source:ad', keeps: (id) => sql`exists (select 1 from ${ads} where ${ads.id}::text = ${id})` }];

/**
 * A dossier that goes (cases' dossier rules) takes its alerts; a review that added an ad to it keeps
 * its decision without the dossier, so the ad falls under the ad rule again.
 */
export const monitorRetentionForgets: RetentionForget[] = [
  {
    recordType: 'dossier',
    forget: async (db, ids) => {
      await db.delete(monitorAlerts).where(inArray(monitorAlerts.dossierId, ids));
      await db.update(adReviews).set({ dossierId: null }).where(inArray(adReviews.dossierId, ids));
    },
  },
];
