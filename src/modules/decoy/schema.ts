import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/index.ts';

/**
 * The programme's basis (issue 15 point 1): without an approved, unexpired record the whole module is
 * closed and nothing can be sent. A record is written once; a new basis is a new row.
 */
export const decoyGovernance = pgTable('decoy_governance', {
  id: uuid('id').primaryKey().defaultRandom(),
  purpose: text('purpose').notNull(),
  policeAgreementRef: text('police_agreement_ref').notNull(),
  policeContact: text('police_contact').notNull(),
  notificationChannel: text('notification_channel').notNull(),
  dpiaDate: date('dpia_date', { mode: 'string' }).notNull(),
  apBasis: text('ap_basis').notNull(),
  ethicsReview: text('ethics_review').notNull(),
  validUntil: date('valid_until', { mode: 'string' }).notNull(),
  recordedBy: uuid('recorded_by')
    .notNull()
    .references(() => users.id),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  approvedBy: uuid('approved_by').references(() => users.id),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  approvalReason: text('approval_reason'),
});

/**
 * One version of one script template. A script (scriptId) has versions 1, 2, ...; only a version a
 * legal reviewer approved can be published or sent, and a new version starts unapproved.
 */
export const decoyScripts = pgTable(
  'decoy_scripts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    scriptId: uuid('script_id').notNull(),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    /** e.g. 'expliciet' / 'subtiel' for an age disclosure, 'A' / 'B' for warnings. */
    variant: text('variant').notNull(),
    text: text('text').notNull(),
    /** Per variant, never per person: the help link code counted on /hulp/w/<code>. */
    helpCode: text('help_code'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** The forbidden elements the reviewer ticked as absent, and the reason. */
    checkedAbsent: jsonb('checked_absent').$type<string[]>(),
    approvalReason: text('approval_reason'),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('decoy_scripts_version_uq').on(t.scriptId, t.version), uniqueIndex('decoy_scripts_help_code_uq').on(t.helpCode)],
);

/** A decoy profile or ad: draft → approved → live ⇄ paused → ended. */
export const decoyProfiles = pgTable('decoy_profiles', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  platform: text('platform').notNull(),
  handle: text('handle').notNull(),
  url: text('url').notNull(),
  statedAge: integer('stated_age').notNull(),
  adScriptVersionId: uuid('ad_script_version_id')
    .notNull()
    .references(() => decoyScripts.id),
  /** 'none' or 'adult_model' (with a consent reference). No image file is ever stored. */
  imageProvenance: text('image_provenance').notNull(),
  imageConsentRef: text('image_consent_ref'),
  legalBasisNote: text('legal_basis_note').notNull(),
  status: text('status').notNull().default('draft'),
  statusReason: text('status_reason'),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  approvedBy: uuid('approved_by').references(() => users.id),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  approvalReason: text('approval_reason'),
  liveFrom: timestamp('live_from', { withTimezone: true }),
  endedAt: timestamp('ended_at', { withTimezone: true }),
});

/**
 * One responder's contact with one decoy. The state is the workflow of research §4; stated age and
 * platform are frozen when the first message arrives.
 */
export const decoyConversations = pgTable(
  'decoy_conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    profileId: uuid('profile_id')
      .notNull()
      .references(() => decoyProfiles.id),
    state: text('state').notNull(),
    statedAge: integer('stated_age').notNull(),
    platform: text('platform').notNull(),
    adScriptVersionId: uuid('ad_script_version_id').notNull(),
    responderHandle: text('responder_handle').notNull(),
    responderUrl: text('responder_url'),
    responderPhone: text('responder_phone'),
    responderEmail: text('responder_email'),
    openedBy: uuid('opened_by').references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    /** The outbound explicit age disclosure; no "continued" without it (hard rule A3). */
    disclosureMessageId: uuid('disclosure_message_id'),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }),
    clarifyCount: integer('clarify_count').notNull().default(0),
    imageReceived: boolean('image_received').notNull().default(false),
    urgent: boolean('urgent').notNull().default(false),
    repeatResponder: boolean('repeat_responder').notNull().default(false),
    warningScriptVersionId: uuid('warning_script_version_id'),
    warnedAt: timestamp('warned_at', { withTimezone: true }),
    frozenAt: timestamp('frozen_at', { withTimezone: true }),
    frozenHash: text('frozen_hash'),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    policeReference: text('police_reference'),
    policeOutcome: text('police_outcome'),
    outcome: text('outcome'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    headHash: text('head_hash').notNull(),
    messageCount: integer('message_count').notNull().default(0),
  },
  (t) => [index('decoy_conversations_profile_idx').on(t.profileId), index('decoy_conversations_state_idx').on(t.state), index('decoy_conversations_handle_idx').on(t.responderHandle)],
);

/**
 * Every message, in and out, append-only (a trigger refuses UPDATE), hash-chained per conversation.
 * Media is never stored: only its name, type, size and SHA-256.
 */
export const decoyMessages = pgTable(
  'decoy_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => decoyConversations.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    direction: text('direction').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    platformMessageId: text('platform_message_id').notNull(),
    text: text('text').notNull(),
    /** typed | whatsapp | telegram | webhook | sent */
    source: text('source').notNull(),
    scriptVersionId: uuid('script_version_id'),
    operatorId: uuid('operator_id'),
    approverId: uuid('approver_id'),
    mediaName: text('media_name'),
    mediaType: text('media_type'),
    mediaSize: integer('media_size'),
    mediaSha256: text('media_sha256'),
    /** Explainable triage labels with the words that triggered them (inbound only). */
    labels: jsonb('labels').$type<{ label: string; words: string[] }[]>(),
    lexiconVersion: text('lexicon_version'),
    /** A message after the warning: kept, never answered. */
    loggedOnly: boolean('logged_only').notNull().default(false),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull(),
    sha256: text('sha256').notNull(),
    prevHash: text('prev_hash').notNull(),
  },
  (t) => [uniqueIndex('decoy_messages_seq_uq').on(t.conversationId, t.seq), uniqueIndex('decoy_messages_platform_id_uq').on(t.conversationId, t.direction, t.platformMessageId)],
);

/**
 * Four eyes (research E4): a proposal by one person, a decision by another. kind 'warning' or
 * 'notification'; the checklist and legal ground are kept with it.
 */
export const decoyReviews = pgTable(
  'decoy_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => decoyConversations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    details: jsonb('details').$type<Record<string, string>>().notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decision: text('decision'),
    decisionReason: text('decision_reason'),
  },
  (t) => [index('decoy_reviews_open_idx').on(t.kind, t.decidedAt)],
);

/** A chat export imported into a conversation: the file's SHA-256 is the source record. */
export const decoyImports = pgTable('decoy_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  conversationId: uuid('conversation_id')
    .notNull()
    .references(() => decoyConversations.id, { onDelete: 'cascade' }),
  format: text('format').notNull(),
  fileName: text('file_name').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  messageCount: integer('message_count').notNull(),
  importedBy: uuid('imported_by')
    .notNull()
    .references(() => users.id),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
});

/** Help-link visits per warning variant and day. Never per person, no IP, no user agent. */
export const decoyHelpVisits = pgTable(
  'decoy_help_visits',
  {
    helpCode: text('help_code').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    visits: integer('visits').notNull().default(0),
  },
  (t) => [uniqueIndex('decoy_help_visits_uq').on(t.helpCode, t.day)],
);
