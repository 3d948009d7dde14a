import { date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/index.ts';
import type { PageContent } from './pages/blocks.ts';

/**
 * One public information page or campaign. Its text lives in versions; `publishedVersionId` is what
 * the public sees, `latestVersion` is the number the next edit must start from (two editors saving
 * the same page: the second gets a 409 with both texts).
 */
export const infoPages = pgTable('info_pages', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  kind: text('kind', { enum: ['page', 'campaign'] }).notNull(),
  publishedVersionId: uuid('published_version_id'),
  latestVersion: integer('latest_version').notNull().default(0),
  /** Plain text of the published version per language, for full-text search (index in a custom migration). */
  searchNl: text('search_nl').notNull().default(''),
  searchEn: text('search_en').notNull().default(''),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every saved text of a page, never changed afterwards except its review status. A version is
 * proposed by one person and published only after a second person approved it.
 */
export const infoPageVersions = pgTable(
  'info_page_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pageId: uuid('page_id')
      .notNull()
      .references(() => infoPages.id),
    number: integer('number').notNull(),
    content: jsonb('content').$type<PageContent>().notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['proposed', 'published', 'replaced', 'rejected'] }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdByLabel: text('created_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedByLabel: text('reviewed_by_label'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('info_page_versions_number').on(t.pageId, t.number), index('info_page_versions_status').on(t.status)],
);

/** Short landing paths of a campaign (/c/kermis) for posters, QR codes and banners. */
export const infoCampaignPaths = pgTable('info_campaign_paths', {
  code: text('code').primaryKey(),
  pageId: uuid('page_id')
    .notNull()
    .references(() => infoPages.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Counts per landing path and day, nothing else: no IP, no user agent, no visitor id, no time of
 * day. A visit adds one; a report begun or sent after arriving on the path adds one.
 */
export const infoCampaignCounts = pgTable(
  'info_campaign_counts',
  {
    code: text('code')
      .notNull()
      .references(() => infoCampaignPaths.code),
    day: date('day', { mode: 'string' }).notNull(),
    visits: integer('visits').notNull().default(0),
    reportsBegun: integer('reports_begun').notNull().default(0),
    reportsSent: integer('reports_sent').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.code, t.day] })],
);

/**
 * The last link check: one row per broken link in published content, replaced as a whole by each
 * run (job or button), shown to the communications role.
 */
export const infoBrokenLinks = pgTable('info_broken_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull(),
  href: text('href').notNull(),
  problem: text('problem').notNull(),
  checkedAt: timestamp('checked_at', { withTimezone: true }).notNull(),
});
