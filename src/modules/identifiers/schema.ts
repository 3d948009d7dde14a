import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/index.ts';

/**
 * The identifier index: every phone number, e-mail address, URL, account, licence plate and IBAN
 * seen anywhere, once, under its normalised key. Where it was seen lives in identifier_occurrences.
 */
export const identifiers = pgTable(
  'identifiers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** phone, email, url, account, plate, iban (identifier-kinds.ts) */
    kind: text('kind').notNull(),
    /** E.164 for phones, lower-case address for e-mail, `platform:handle` for accounts … */
    key: text('key').notNull(),
    /** A tidy form made from the key (display-identifier.ts), never one source's spelling. */
    display: text('display').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('identifiers_kind_key_uq').on(t.kind, t.key)],
);

/**
 * One row per identifier per source field: "this number is in the free text of report X". Sources
 * live in other modules (report, dossier_person, evidence, ad, decoy_contact, dossier), so
 * source_id is text without a foreign key. Nothing about who reported is stored here: an
 * occurrence from a report says only which report, which field and when.
 */
export const identifierOccurrences = pgTable(
  'identifier_occurrences',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    identifierId: bigint('identifier_id', { mode: 'number' })
      .notNull()
      .references(() => identifiers.id),
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    /** Which field of the source ("description", "phone", "page_text" …). */
    field: text('field').notNull(),
    /** Where the first mention stands in that field (UTF-16 positions), and how often it is mentioned. */
    startPos: integer('start_pos').notNull(),
    endPos: integer('end_pos').notNull(),
    mentions: integer('mentions').notNull().default(1),
    /** The identifier as written there ("O6-l2345678"), at most 200 characters. */
    raw: text('raw').notNull(),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull(),
    /** A town or region, when the source has one (an ad's city); never an address of a reporter. */
    place: text('place'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('identifier_occurrences_source_uq').on(t.sourceType, t.sourceId, t.field, t.identifierId),
    // "Where else was this seen": the newest occurrences of one identifier.
    index('identifier_occurrences_recent_idx').on(t.identifierId, t.seenAt.desc(), t.id.desc()),
    // Counts, first and last seen per source type, answered from the index alone.
    index('identifier_occurrences_by_type_idx').on(t.identifierId, t.sourceType, t.seenAt),
    index('identifier_occurrences_place_idx')
      .on(t.identifierId, t.place)
      .where(sql`${t.place} IS NOT NULL`),
  ],
);

/** A staff member asks to be told when an identifier turns up again anywhere. */
export const identifierWatches = pgTable(
  'identifier_watches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    identifierId: bigint('identifier_id', { mode: 'number' })
      .notNull()
      .references(() => identifiers.id),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('identifier_watches_owner_uq').on(t.identifierId, t.ownerUserId),
    index('identifier_watches_active_idx')
      .on(t.identifierId)
      .where(sql`${t.active}`),
  ],
);

/** One alert per watch per new occurrence. Kept when the occurrence later disappears (edited text). */
export const identifierAlerts = pgTable(
  'identifier_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    watchId: uuid('watch_id')
      .notNull()
      .references(() => identifierWatches.id),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    identifierId: bigint('identifier_id', { mode: 'number' })
      .notNull()
      .references(() => identifiers.id),
    occurrenceId: bigint('occurrence_id', { mode: 'number' }).references(() => identifierOccurrences.id, { onDelete: 'set null' }),
    sourceType: text('source_type').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('identifier_alerts_owner_idx').on(t.ownerUserId, t.createdAt.desc()), index('identifier_alerts_watch_idx').on(t.watchId)],
);

/**
 * A person's judgement on whether two things are the same: two subjects (people, operators) or two
 * identifiers. Only recorded, never acted on: nothing merges by itself. The pair is stored in a fixed
 * order (a < b), so the same question always finds the same rows; the newest row is the current view.
 */
export const linkDecisions = pgTable(
  'link_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** subject or identifier */
    aType: text('a_type').notNull(),
    aId: text('a_id').notNull(),
    bType: text('b_type').notNull(),
    bId: text('b_id').notNull(),
    /** same, not_same, unsure */
    decision: text('decision').notNull(),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('link_decisions_a_idx').on(t.aType, t.aId), index('link_decisions_b_idx').on(t.bType, t.bId)],
);
