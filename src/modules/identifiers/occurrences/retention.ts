import { and, eq, inArray, lt, not, or, sql } from 'drizzle-orm';
import type { RetentionRule } from '../../../app/module.ts';
import { retentionKeeps } from '../../../app/registry.ts';
import type { Db } from '../../../db/client.ts';
import { deleteOrphanIdentifiers } from '../queries.ts';
import { identifierOccurrences, linkDecisions } from '../schema.ts';

// The identifier index's retention rules (issue 19). Their SQL is here, next to the rules, as one unit.

/** The dossier a source of this type belongs to, for the legal hold (a dossier person is "dossier/subject"). */
const dossierOf = (type: string, sourceId: string): string | null => (type === 'dossier' ? sourceId : type === 'dossier_person' ? (sourceId.split('/')[0] ?? null) : null);

const SOURCE_TYPES: { type: string; nl: string; en: string }[] = [
  { type: 'report', nl: 'melding', en: 'report' },
  { type: 'dossier', nl: 'dossier', en: 'dossier' },
  { type: 'dossier_person', nl: 'persoon in een dossier', en: 'person in a dossier' },
  { type: 'evidence', nl: 'bewijsstuk', en: 'evidence item' },
  { type: 'ad', nl: 'advertentie', en: 'ad' },
  { type: 'decoy_contact', nl: 'lokprofielgesprek', en: 'decoy conversation' },
];

/**
 * Identifier occurrences per source type. An occurrence follows its source: the source's own rule
 * forgets it when the source goes (forgetSource). This rule takes what was left behind — occurrences
 * of a source that no longer exists (a source deleted outside the job, an index run that raced a
 * deletion) — once they are older than the period. Whether a source exists is asked of the module
 * that owns it (retentionKeeps 'identifier-source:<type>', SQL over its own tables); a type nobody
 * answers for is never touched.
 */
const orphanRule = (s: (typeof SOURCE_TYPES)[number]): RetentionRule => ({
  key: `identifiers.occurrence.${s.type}`,
  label: { nl: `Vindplaats in de index, bron: ${s.nl} (bron verdwenen)`, en: `Index occurrence, source: ${s.en} (source gone)` },
  defaultDays: 30,
  action: 'delete',
  counted: false,
  legalBasis: {
    nl: 'Een vindplaats zonder bron heeft geen doel meer (AVG art. 5 lid 1 c en e)',
    en: 'An occurrence without its source has no purpose left (GDPR art. 5(1)(c), (e))',
  },
  purge: async (ctx, o) => {
    const keeps = retentionKeeps(`identifier-source:${s.type}`).map((k) => k.keeps(identifierOccurrences.sourceId));
    if (keeps.length === 0) return { count: 0 };
    const rows = await ctx.db
      .select({ id: identifierOccurrences.id, sourceId: identifierOccurrences.sourceId, identifierId: identifierOccurrences.identifierId })
      .from(identifierOccurrences)
      .where(and(eq(identifierOccurrences.sourceType, s.type), lt(identifierOccurrences.seenAt, o.expiredBefore), not(or(...keeps) ?? sql`false`)))
      .orderBy(identifierOccurrences.id)
      .limit(o.limit)
      .for('update', { skipLocked: true });
    const gone = rows.filter((r) => {
      const dossier = dossierOf(s.type, r.sourceId);
      return dossier === null || !o.isHeld(dossier);
    });
    if (o.dryRun || gone.length === 0) return { count: gone.length };
    await ctx.db.delete(identifierOccurrences).where(
      inArray(
        identifierOccurrences.id,
        gone.map((r) => r.id),
      ),
    );
    await deleteOrphanIdentifiers(ctx.db, [...new Set(gone.map((r) => r.identifierId))]);

    return { count: gone.length };
  },
});

export const identifierRetention: RetentionRule[] = SOURCE_TYPES.map(orphanRule);

/**
 * The link decisions about records that go (subjects of a deleted dossier): a decision names both
 * sides and says why, so it goes with either side. For the retention rule of the module that owns them.
 */
export const forgetLinkDecisions = async (db: Db, type: string, ids: string[]) => {
  if (ids.length === 0) return;
  await db.delete(linkDecisions).where(or(and(eq(linkDecisions.aType, type), inArray(linkDecisions.aId, ids)), and(eq(linkDecisions.bType, type), inArray(linkDecisions.bId, ids))));
};
