import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, customType, index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/index.ts';
import type { FiredIndicator } from './indicators/score-ad.ts';
import type { Lexicon } from './indicators/lexicon.ts';
import type { TemplateSegment } from './grouping/derive-template.ts';
import type { SelectorRules } from './sources/selector-rules.ts';

/** Raw bytes (a gzipped WARC file); PGlite and node-postgres both hand back a Buffer/Uint8Array. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** An ad site the monitor crawls: where to start, what to follow, how to read an ad, how politely. */
export const monitorSources = pgTable('monitor_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  startUrls: text('start_urls').array().notNull(),
  /** Regular expressions; a discovered URL is followed only if it matches one of them. */
  allowedUrlPatterns: text('allowed_url_patterns').array().notNull(),
  selectors: jsonb('selectors').$type<SelectorRules>().notNull(),
  intervalMinutes: integer('interval_minutes').notNull().default(360),
  /** Politeness per host: requests per minute, parallel requests, and a pause between requests. */
  maxRequestsPerMinute: integer('max_requests_per_minute').notNull().default(30),
  maxConcurrency: integer('max_concurrency').notNull().default(2),
  delayMs: integer('delay_ms').notNull().default(1000),
  legalBasis: text('legal_basis').notNull(),
  /** robots.txt is respected unless a supervisor approved an override with a recorded legal basis. */
  robotsOverride: boolean('robots_override').notNull().default(false),
  robotsOverrideBasis: text('robots_override_basis'),
  robotsOverrideApprovedBy: uuid('robots_override_approved_by').references(() => users.id),
  robotsOverrideApprovedAt: timestamp('robots_override_approved_at', { withTimezone: true }),
  enabled: boolean('enabled').notNull().default(true),
  lastCrawlAt: timestamp('last_crawl_at', { withTimezone: true }),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Optimistic concurrency: an edit says which version it started from; a stale edit is refused. */
  version: integer('version').notNull().default(1),
});

/**
 * The crawl frontier, per source: every URL found, and whether it was fetched. A crawl loads the
 * pending rows, so after a crash or restart it continues where it stopped and repeats no finished page.
 */
export const crawlFrontier = pgTable(
  'crawl_frontier',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => monitorSources.id),
    url: text('url').notNull(),
    /** pending, in_progress, done, failed, skipped */
    status: text('status').notNull().default('pending'),
    depth: integer('depth').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    contentHash: text('content_hash'),
    discoveredAt: timestamp('discovered_at', { withTimezone: true }).notNull().defaultNow(),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('crawl_frontier_source_url_uq').on(t.sourceId, t.url), index('crawl_frontier_status_idx').on(t.sourceId, t.status)],
);

/** One row per ad page: its current content. Earlier contents are in ad_versions. */
export const ads = pgTable(
  'ads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: uuid('source_id')
      .notNull()
      .references(() => monitorSources.id),
    url: text('url').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    place: text('place'),
    /** The place as one spelling ("A'dam", "amsterdam" → "Amsterdam"); null when not recognised. */
    placeNormalised: text('place_normalised'),
    statedAge: integer('stated_age'),
    price: text('price'),
    postedAt: text('posted_at'),
    contact: text('contact'),
    /** E.164, de-obfuscated. */
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    /** Recorded as text; the monitor never fetches an image. */
    imageUrls: text('image_urls').array().notNull().default(sql`'{}'::text[]`),
    contentHash: text('content_hash').notNull(),
    versions: integer('versions').notNull().default(1),
    groupId: uuid('group_id'),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ads_source_url_uq').on(t.sourceId, t.url), index('ads_group_idx').on(t.groupId), index('ads_phones_idx').using('gin', t.phones)],
);

/** Every content an ad had, first version included. Never updated. */
export const adVersions = pgTable(
  'ad_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    adId: uuid('ad_id')
      .notNull()
      .references(() => ads.id),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    place: text('place'),
    statedAge: integer('stated_age'),
    price: text('price'),
    postedAt: text('posted_at'),
    contact: text('contact'),
    imageUrls: text('image_urls').array().notNull().default(sql`'{}'::text[]`),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull().defaultNow(),
    /** The raw HTTP exchange of this version as a gzipped WARC file (request + response records), for evidence. */
    warcGz: bytea('warc_gz'),
    /** SHA-256 of warc_gz, taken when it was stored. */
    warcSha256: text('warc_sha256'),
  },
  (t) => [uniqueIndex('ad_versions_ad_version_uq').on(t.adId, t.version)],
);

/**
 * The indicator lexicon as versioned data: the unit edits weights and patterns in the app; every edit
 * is a new row (never updated), the newest is in force, and each score names the version that made it.
 */
export const monitorLexicons = pgTable('monitor_lexicons', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  version: text('version').notNull().unique(),
  lexicon: jsonb('lexicon').$type<Lexicon>().notNull(),
  /** Why this version was made, in the editor's words. */
  reason: text('reason').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * An ad (or its template group) shares an identifier with an open dossier: one alert per dossier
 * owner (assignee, else creator), per ad, per identifier. `via` says whether the ad itself or another
 * ad of its group carries the identifier.
 */
export const monitorAlerts = pgTable(
  'monitor_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    adId: uuid('ad_id')
      .notNull()
      .references(() => ads.id),
    groupId: uuid('group_id'),
    dossierId: uuid('dossier_id').notNull(),
    identifierId: bigint('identifier_id', { mode: 'number' }).notNull(),
    /** ad or group */
    via: text('via').notNull(),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('monitor_alerts_uq').on(t.adId, t.dossierId, t.identifierId, t.ownerUserId),
    index('monitor_alerts_owner_idx').on(t.ownerUserId, t.createdAt.desc()),
    index('monitor_alerts_dossier_idx').on(t.dossierId),
  ],
);

/** The current score of an ad, with every indicator that fired (what matched, what weight). */
export const adIndicatorScores = pgTable(
  'ad_indicator_scores',
  {
    adId: uuid('ad_id')
      .primaryKey()
      .references(() => ads.id),
    lexiconVersion: text('lexicon_version').notNull(),
    total: real('total').notNull(),
    fired: jsonb('fired').$type<FiredIndicator[]>().notNull(),
    scoredAt: timestamp('scored_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Ascending: the review queue (total >= threshold, highest first) reads it backwards.
    index('ad_indicator_scores_total_idx').on(t.total),
    // The /monitor list's order, so a page is an index walk, not a sort of every ad (bench/monitor-list-index.ts).
    index('ad_indicator_scores_total_desc_idx').on(t.total.desc().nullsLast(), t.adId),
  ],
);

/** Template groups: near-duplicate ads with their shared template; operator_key joins groups sharing a phone. */
export const adGroups = pgTable(
  'ad_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    template: jsonb('template').$type<TemplateSegment[]>().notNull(),
    templateText: text('template_text').notNull(),
    size: integer('size').notNull(),
    operatorKey: text('operator_key').notNull(),
    cities: text('cities').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    firstPostedAt: text('first_posted_at'),
    lastPostedAt: text('last_posted_at'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ad_groups_operator_idx').on(t.operatorKey)],
);

/**
 * A person's decision on a flagged ad: dismiss, relevant, or add to a dossier, always with a reason.
 * Kept as history (never updated); an ad with any decision leaves the review queue.
 */
export const adReviews = pgTable(
  'ad_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    adId: uuid('ad_id')
      .notNull()
      .references(() => ads.id),
    /** dismissed, relevant, dossier */
    decision: text('decision').notNull(),
    dossierId: uuid('dossier_id'),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ad_reviews_ad_idx').on(t.adId)],
);
