import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Chain partners and our own organisation; a partner user belongs to one. */
export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  /** police, om, zvh, veilig-thuis, comensha, care, municipality, own */
  kind: text('kind').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stored lower-cased; the sign-in form lower-cases too. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
  organisationId: uuid('organisation_id').references(() => organisations.id),
  /** TOTP secret, envelope-encrypted with the master key. Null until enrolment. */
  totpSecretEnc: text('totp_secret_enc'),
  /** Last accepted TOTP time step, so a code cannot be used twice. */
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Server-side staff sessions. The cookie holds a random token; only its SHA-256 is stored, so a
 * database read does not give anyone a working session.
 */
export const staffSessions = pgTable(
  'staff_sessions',
  {
    idHash: text('id_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** password: password checked, second factor pending; enrol: TOTP enrolment pending; active: signed in */
    stage: text('stage').notNull(),
    /**
     * How an active session finished signing in: totp | passkey (null: not active yet, or made
     * before this was kept). A role that requires passkeys accepts only 'passkey' sessions.
     */
    secondFactor: text('second_factor'),
    pendingTotpEnc: text('pending_totp_enc'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId)],
);

/** One-time link to create the first admin on an empty installation. Only the hash is stored. */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Hits per staff route and client within a time window (the store of `@fastify/rate-limit` on the
 * staff server), in the database so that every app process counts the same hits. The key is a
 * SHA-256 of route and client, never the address itself. The public site has no such limits.
 */
export const requestLimits = pgTable(
  'request_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('request_limits_window_idx').on(t.windowEndsAt)],
);

/** A staff member's passkeys (WebAuthn credentials): the public key only, never a secret. */
export const staffPasskeys = pgTable(
  'staff_passkeys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The credential id as base64url, as the browser reports it. */
    credentialId: text('credential_id').notNull().unique(),
    publicKey: text('public_key').notNull(),
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: text('transports').array().notNull().default(sql`'{}'::text[]`),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [index('staff_passkeys_user_idx').on(t.userId)],
);

/**
 * The challenge of one passkey ceremony, tied to the staff session that asked for it (any process
 * can finish it). Taken out when used; at most five minutes old.
 */
export const passkeyChallenges = pgTable('passkey_challenges', {
  sessionIdHash: text('session_id_hash').primaryKey(),
  /** enrol or signin */
  purpose: text('purpose').notNull(),
  challenge: text('challenge').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** Roles whose members must sign in with a passkey (TOTP no longer accepted once they have one). */
export const passkeyRoles = pgTable('passkey_roles', {
  role: text('role').primaryKey(),
  setBy: uuid('set_by'),
  setAt: timestamp('set_at', { withTimezone: true }).notNull().defaultNow(),
});
