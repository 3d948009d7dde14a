import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting Vangnet reads from the environment. The README's configuration table lists the same
 * variables; keep both in step.
 */
const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  STAFF_PORT: z.coerce.number().int().min(0).max(65535).default(3001),
  STAFF_HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  VANGNET_DATA_DIR: z.string().default('./data'),
  VANGNET_MASTER_KEY_FILE: z.string().optional(),
  /** The audit chain's HMAC key and the checkpoints' Ed25519 key; outside the database, like the master key. */
  VANGNET_AUDIT_KEY_FILE: z.string().optional(),
  PUBLIC_BASE_URL: z.string().optional(),
  STAFF_BASE_URL: z.string().optional(),
  TLS: z.enum(['on', 'off']).default('off'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  JOBS: z.enum(['on', 'off']).default('on'),
  /** A request (headers and body) must arrive within this time; a slow or stuck client gets a 408 page. */
  REQUEST_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('Vangnet <noreply@vangnet.invalid>'),
  ALERT_EMAIL: z.string().optional(),
  /** Receipt checks (Argon2id) that run at once in one process, and how many may wait for a turn. */
  RECEIPT_CHECKS_AT_ONCE: z.coerce.number().int().min(1).max(64).default(2),
  RECEIPT_CHECK_QUEUE: z.coerce.number().int().min(0).max(10_000).default(32),
  /**
   * Every outbound fetch (monitor crawler, robots.txt, evidence capture) may reach loopback and
   * private addresses: only for tests against a site on this machine. Never in production.
   */
  OUTBOUND_ALLOW_PRIVATE: z.enum(['on', 'off']).default('off'),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** The shared HMAC secret of the decoy channel adapter's inbound webhook; unset, the webhook is off. */
  DECOY_CHANNEL_SECRET: z.string().min(32).optional(),
  /**
   * The unprivileged user Chromium runs as for an evidence capture when Vangnet runs as root
   * (scripts/setup-capture-user.sh creates it; `nobody` is used while it is missing).
   */
  CAPTURE_USER: z.string().regex(/^[a-z_][a-z0-9_-]{0,31}$/).default('vangnet-capture'),
  /** Chromium's own sandbox for captures; 'off' only on a host whose kernel allows no user namespaces. */
  CAPTURE_CHROMIUM_SANDBOX: z.enum(['on', 'off']).default('on'),
  /** Named in the monitor's user agent, so a site owner knows who crawls and how to reach them. */
  MONITOR_CONTACT: z
    .string()
    .trim()
    .min(3)
    .max(200)
    .regex(/^[^\s()]+$/, 'one address or URL, without spaces or brackets')
    .default('monitor@vangnet.invalid'),
});

export type Config = {
  publicPort: number;
  publicHost: string;
  staffPort: number;
  staffHost: string;
  databaseUrl: string | undefined;
  dataDir: string;
  masterKeyFile: string;
  auditKeyFile: string;
  publicBaseUrl: string;
  staffBaseUrl: string;
  tls: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  jobs: boolean;
  requestTimeoutSeconds: number;
  logLevel: string;
  smtpUrl: string | undefined;
  smtpFrom: string;
  alertEmail: string | undefined;
  outboundAllowPrivate: boolean;
  chromiumPath: string;
  captureUser: string;
  captureChromiumSandbox: boolean;
  receiptChecksAtOnce: number;
  receiptCheckQueue: number;
  monitorContact: string;
  decoyChannelSecret: string | undefined;
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const e = ZEnv.parse(env);
  const dataDir = path.resolve(e.VANGNET_DATA_DIR);

  return {
    publicPort: e.PORT,
    publicHost: e.HOST,
    staffPort: e.STAFF_PORT,
    staffHost: e.STAFF_HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir,
    masterKeyFile: path.resolve(e.VANGNET_MASTER_KEY_FILE ?? path.join(dataDir, 'keys', 'master.key')),
    auditKeyFile: path.resolve(e.VANGNET_AUDIT_KEY_FILE ?? path.join(dataDir, 'keys', 'audit.key')),
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://${e.HOST}:${e.PORT}`,
    staffBaseUrl: e.STAFF_BASE_URL ?? `http://${e.STAFF_HOST}:${e.STAFF_PORT}`,
    tls: e.TLS === 'on',
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    jobs: e.JOBS === 'on',
    requestTimeoutSeconds: e.REQUEST_TIMEOUT_SECONDS,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL || undefined,
    smtpFrom: e.SMTP_FROM,
    alertEmail: e.ALERT_EMAIL || undefined,
    outboundAllowPrivate: e.OUTBOUND_ALLOW_PRIVATE === 'on',
    chromiumPath: e.CHROMIUM_PATH,
    captureUser: e.CAPTURE_USER,
    captureChromiumSandbox: e.CAPTURE_CHROMIUM_SANDBOX === 'on',
    receiptChecksAtOnce: e.RECEIPT_CHECKS_AT_ONCE,
    receiptCheckQueue: e.RECEIPT_CHECK_QUEUE,
    monitorContact: e.MONITOR_CONTACT,
    decoyChannelSecret: e.DECOY_CHANNEL_SECRET || undefined,
  };
};
