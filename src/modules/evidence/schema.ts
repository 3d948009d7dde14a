import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/index.ts';

/**
 * One piece of evidence: an uploaded file or a captured web page. The original is written once,
 * encrypted, to VANGNET_DATA_DIR/evidence (never to the database, so dumps stay small) and is never
 * changed; `sha256` is taken from the plain bytes at capture, before anything else touches them.
 * For a web capture the original is the WARC file with the raw HTTP exchange; the screenshot, the
 * text and the list of blocked URLs are artefacts made from those same bytes (evidence_artefacts).
 * Custody (capture, view, export, handover) is recorded in the hash-chained audit log, with
 * target_type 'evidence' and target_id this row's id.
 */
export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /**
     * The dossier that owns this item. Nullable and without a foreign key for now: the dossiers
     * module does not exist yet; it will add the constraint when it adds its table.
     */
    dossierId: uuid('dossier_id'),
    /** upload | web_capture */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    /** Where it came from, in the words of the person who added it. */
    sourceDescription: text('source_description').notNull(),
    /** Web captures only: the URL asked for (the final URL after redirects is in details). */
    sourceUrl: text('source_url'),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => users.id),
    /** The name at the time, so the custody record reads the same after a rename. */
    addedByLabel: text('added_by_label').notNull(),
    capturedAt: timestamp('captured_at', { withTimezone: true, precision: 3 }).notNull(),
    tool: text('tool').notNull(),
    toolVersion: text('tool_version').notNull(),
    /** Browser version, final URL, status, redirects, settings: how exactly it was captured. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    /** Found from the bytes (magic numbers), not from what the sender claimed. */
    mediaType: text('media_type').notNull(),
    /** Name of the encrypted file under the evidence folder; null once removed (locked item). */
    storageKey: text('storage_key'),
    /**
     * "Possible abuse image": the file is removed from storage and handed to the police route; only
     * the hash and this decision remain (DESIGN §3 rule 1).
     */
    locked: boolean('locked').notNull().default(false),
    lockedAt: timestamp('locked_at', { withTimezone: true, precision: 3 }),
    lockedBy: uuid('locked_by').references(() => users.id),
    lockDecision: text('lock_decision'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('evidence_items_dossier_idx').on(t.dossierId),
    index('evidence_items_sha256_idx').on(t.sha256),
    check('evidence_items_kind_check', sql`${t.kind} IN ('upload', 'web_capture')`),
  ],
);

/** Files made during a web capture, each with its own hash taken at capture. */
export const evidenceArtefacts = pgTable(
  'evidence_artefacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceItems.id),
    /** screenshot | text | blocked_urls */
    kind: text('kind').notNull(),
    mediaType: text('media_type').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    /** Null once removed (the item was locked). */
    storageKey: text('storage_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_artefacts_evidence_idx').on(t.evidenceId)],
);

/**
 * A web capture asked for and not finished yet, or finished (issue 12 point 7): the capture runs as
 * a pg-boss job (`evidence.capture`), and the page /bewijs/<id> shows this row's state until the
 * item exists. The id is the id the evidence item gets, so that page turns into the item by itself.
 * A failed capture keeps its problem code, so the user reads why in their own language.
 */
export const evidenceCaptureRequests = pgTable(
  'evidence_capture_requests',
  {
    id: uuid('id').primaryKey(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedByLabel: text('requested_by_label').notNull(),
    dossierId: uuid('dossier_id'),
    url: text('url').notNull(),
    title: text('title').notNull(),
    sourceDescription: text('source_description').notNull(),
    /** queued | running | done | failed */
    state: text('state').notNull(),
    /** An EvidenceProblemCode (texts.ts) and the values its message needs. */
    problemCode: text('problem_code'),
    problemParams: jsonb('problem_params').$type<string[]>().notNull().default([]),
    requestedAt: timestamp('requested_at', { withTimezone: true, precision: 3 }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('evidence_capture_requests_state_idx').on(t.state, t.requestedAt),
    check('evidence_capture_requests_state_check', sql`${t.state} IN ('queued', 'running', 'done', 'failed')`),
  ],
);
