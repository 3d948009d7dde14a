import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { type PageContent, parseBlocks, plainText } from './blocks.ts';
import { DEFAULT_PAGES } from './default-pages.ts';
import { announcePublished, insertPage, insertVersion, slugsExisting, updatePage } from '../queries.ts';

const SYSTEM = { userId: null, label: 'Vangnet (standaardtekst)' };

/**
 * Loads the seed-based pages as published content the first time the app runs (and any default
 * page added later). A page that exists is never touched, so staff edits are kept. Safe to run in
 * several processes at once: a slug that another process inserted first is skipped.
 */
export const ensureDefaultPages = async (ctx: AppContext): Promise<number> => {
  const existing = await slugsExisting(
    ctx.db,
    DEFAULT_PAGES.map((p) => p.slug),
  );
  let added = 0;
  for (const def of DEFAULT_PAGES.filter((p) => !existing.has(p.slug))) {
    const content: PageContent = { nl: { ...def.nl, blocks: parseBlocks(def.nl.source) }, en: { ...def.en, blocks: parseBlocks(def.en.source) } };
    const inserted = await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const page = await insertPage(tx, { slug: def.slug, kind: 'page', latestVersion: 1, createdAt: now, updatedAt: now });
      if (!page) return false;
      const version = await insertVersion(tx, {
        pageId: page.id,
        number: 1,
        content,
        reason: 'Standaardtekst uit de brondocumenten / default text from the source documents',
        status: 'published',
        createdBy: null,
        createdByLabel: SYSTEM.label,
        createdAt: now,
        reviewedByLabel: SYSTEM.label,
        reviewedAt: now,
      });
      await updatePage(tx, page.id, { publishedVersionId: version.id, searchNl: plainText(content.nl), searchEn: plainText(content.en) });
      await announcePublished(tx, page.slug);
      await recordAuditEvent(tx, { actor: SYSTEM, action: 'info.page.default', targetType: 'info_page', targetId: page.id, details: { slug: def.slug } });
      return true;
    });
    if (inserted) added += 1;
  }

  return added;
};
