import type { SQL, SQLWrapper } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Child } from 'hono/jsx';
import type { AppContext } from './context.ts';
import type { Db } from '../db/client.ts';
import type { Jobs } from '../modules/jobs/index.ts';
import type { View } from './view.ts';

/**
 * A domain module plugs into the app here: routes on the public surface, routes on the staff surface
 * (each with an access rule), and background jobs. Register it in src/app/modules.ts.
 */
export type VangnetModule = {
  name: string;
  publicRoutes?: (app: FastifyInstance, ctx: AppContext) => Promise<void>;
  staffRoutes?: (app: FastifyInstance, ctx: AppContext) => Promise<void>;
  jobs?: (jobs: Jobs, ctx: AppContext) => Promise<void>;
  /** Runs once after both surfaces listen (for example: tell how to create the first admin). */
  onStarted?: (ctx: AppContext) => Promise<void>;
  /**
   * Re-wraps every envelope-encrypted value this module stores with the current master key (after
   * `vangnet rotate-key`). Returns how many values it re-wrapped.
   */
  rewrapSecrets?: (ctx: AppContext) => Promise<number>;
  /**
   * `vangnet demo`: adds this module's clearly fictitious demo data. Must be safe to run twice (no
   * duplicates). Runs in MODULES order, so a module can use the demo data of the ones before it.
   */
  demo?: (ctx: AppContext, options: DemoOptions) => Promise<void>;
  /**
   * The staff start page's "Voor u" list: what waits for this user in this module (unread alerts and
   * the like), as counts with a link. Return nothing for roles that may not open the link. Counts
   * must be cheap (an indexed count, bounded by HOME_NOTICE_CAP); the page calls every module's hook.
   */
  homeNotices?: (ctx: AppContext, user: HomeNoticeUser) => Promise<HomeNotice[]>;
  /**
   * What the reporter of this report is told on "Mijn melding" about what this module did with it
   * (handed over, referred; issue 14 finding 9): short neutral lines, only for uses the reporter's
   * own consent in the report allowed. The follow-up page asks every module (src/app/registry.ts).
   */
  reporterNotices?: (ctx: AppContext, reportId: string) => Promise<ReporterNotice[]>;
  /**
   * The kinds of source this module puts into the identifier index (report, ad, decoy contact, ...):
   * for each, who may open one and where it opens. The identifier index asks these instead of
   * importing the modules that use it (src/app/registry.ts gathers them at start).
   */
  sourceKinds?: SourceKind[];
  /**
   * Sections this module adds at the end of the dossier's overview, or on its handover page (the cases
   * module renders them without importing this module). Called only for staff who may open the dossier; cases has checked and
   * logged the read. Return null to show nothing.
   */
  dossierSections?: DossierSection[];
  /**
   * The per-dossier check, declared by the module that owns dossiers (cases). Modules that cases
   * itself uses (evidence) ask it through src/app/registry.ts instead of importing cases.
   */
  dossierGate?: DossierGate;
  /**
   * What this module keeps and for how long: one rule per record type, each with its legal basis and
   * how it deletes what expired. The retention job and schedule read these (src/app/retention.ts).
   */
  retention?: RetentionRule[];
  /**
   * Records of a lower module that this module still needs, so that module's retention rules leave
   * them (cases: a report in a dossier is not a "report without dossier"). The lower module asks
   * through retentionKeeps in src/app/registry.ts and never reads this module's tables itself.
   */
  retentionKeeps?: RetentionKeep[];
  /**
   * What this module deletes of its own when a lower module's record goes (cases deletes a dossier:
   * chain its shares and referrals, monitor its alerts, retention the lifted holds). The lower
   * module's rule calls these through retentionForgets in src/app/registry.ts, in the batch's transaction.
   */
  retentionForgets?: RetentionForget[];
  /**
   * Until when a record is kept under one retention rule (declared by the retention module, which
   * owns the schedule). Lower modules (evidence) ask through keptUntil in src/app/registry.ts.
   */
  keptUntil?: (ctx: AppContext, query: KeptUntilQuery) => Promise<KeptUntil | null>;
  /**
   * Carries out a data-subject decision (erase or restrict, AVG art. 17/18) on one record of this
   * module, for the privacy officer's request (subject-requests asks through subjectRecordHandler in
   * src/app/registry.ts). A record type without a handler stays queued for a person to carry out.
   */
  subjectRecords?: SubjectRecordHandler[];
  /**
   * Counts this module offers the dashboards (municipality, chain, national). Counts only, never a
   * person; small-cell suppression is the dashboard's job (src/app/figures.ts gathers them).
   */
  figures?: (ctx: AppContext, query: FigureQuery) => Promise<Figure[]>;
};

/** Someone looking at the identifier index, a link chart or a "where else seen" list. */
export type SourceViewer = { id: string; roles: readonly string[] };

/**
 * One kind of source in the identifier index. `loadAccess` runs once per page for one viewer (one
 * query at most, for example the viewer's assigned dossiers) and returns the question per source id.
 */
export type SourceKind = {
  type: string;
  label: { nl: string; en: string };
  loadAccess: (ctx: AppContext, viewer: SourceViewer) => Promise<(id: string) => Promise<boolean>>;
  /** Where one source opens in the staff app, or null when it has no page. */
  href: (id: string) => string | null;
};

/**
 * One section another module adds to the dossier page: `load` reads what it shows (with the page's
 * other data), the function it returns renders it in the page's language; null shows nothing.
 */
export type DossierSection = {
  id: string;
  /** The dossier page it is shown on: the overview (default) or the handover page (the chain's routing advice). */
  page?: 'overzicht' | 'overdracht';
  load: (ctx: AppContext, dossierId: string) => Promise<((view: View) => Child) | null>;
};

/** What a dossier check grants: the dossier's id and title, and whether the user may change it. */
export type DossierGrant = { dossier: { id: string; title: string }; canEdit: boolean };

/**
 * Checks that the signed-in user may open (or with write: change) one dossier and logs the read; throws
 * notFound/forbidden like requireDossierAccess in cases, which is what it is.
 */
export type DossierGate = (
  ctx: AppContext,
  req: FastifyRequest,
  dossierId: string,
  options?: { write?: boolean; reason?: string },
) => Promise<DossierGrant>;

/** What happens to a record at the end of its period. */
export type RetentionAction = 'delete' | 'anonymise' | 'review';

/** One record type a module keeps, its default period and basis, and how expired records go. */
export type RetentionRule = {
  /** Stable key, for example 'intake.draft' or 'decoy.conversation.no_response'. */
  key: string;
  label: { nl: string; en: string };
  /** Default period in days (the privacy officer may change it in the schedule). */
  defaultDays: number;
  action: RetentionAction;
  legalBasis: { nl: string; en: string };
  /**
   * Deletes (or anonymises) at most `limit` records that expired before `expiredBefore`, skipping
   * held records (`isHeld`), in one transaction, and says how many it handled. With dryRun it only
   * counts. Never returns content.
   */
  purge: (
    ctx: AppContext,
    options: {
      expiredBefore: Date;
      limit: number;
      dryRun: boolean;
      isHeld: (dossierId: string) => boolean;
      /** The same held dossiers as a list, for a rule that leaves them out in its SQL (so a batch is never full of held ones). */
      heldDossiers?: readonly string[];
    },
  ) => Promise<RetentionPurged>;
  /**
   * False when no dashboard counts these records (form states, job history): the job then skips the
   * snapshot of the dashboard counts it takes before a batch (retention/README.md, "Counts").
   */
  counted?: boolean;
};

/**
 * What one batch did: how many records, and the files (paths under the data folder) that held them.
 * The job deletes those files only after the batch's transaction committed, from a list it stores in
 * that same transaction, so a run killed in between deletes them at its next start.
 */
export type RetentionPurged = {
  count: number;
  files?: string[];
  /** The held dossiers (legal hold) this batch would have taken and skipped, so the job can name them. */
  held?: string[];
};

/** A record page's question: which rule, when its period started, and its dossier (for a legal hold). */
export type KeptUntilQuery = {
  ruleKey: string;
  from: Date | null;
  dossierId?: string | null;
  /** The record belongs to a dossier (or was judged relevant to one) and follows the dossier's period instead. */
  followsDossier?: boolean;
};

/** The answer, with the line the page shows ("Bewaard tot …") in both languages. */
export type KeptUntil = { on: Date | null; held: boolean; review: boolean; text: { nl: string; en: string } };

/** What a data-subject decision asks of the module that owns the record. */
export type SubjectAction = 'erase' | 'restrict';

/**
 * What carrying out did: done, or refused with a reason the request page shows ('kept': another
 * module still needs the record; 'gone': it no longer exists), or not supported (the decision stays
 * queued). Never content.
 */
export type SubjectOutcome = { done: true } | { done: false; reason: 'kept' | 'gone' | 'unsupported' };

/**
 * One record type a module can erase or restrict for a data-subject request: `carryOut` runs in the
 * caller's transaction (`db`), with the same care as the module's retention rule (its links, files,
 * index occurrences). The caller has checked legal holds and evidence first.
 */
export type SubjectRecordHandler = { recordType: string; carryOut: (ctx: AppContext, db: Db, action: SubjectAction, id: string) => Promise<SubjectOutcome> };

/** What a higher module deletes of its own for records of a lower one (ids) that go. */
export type RetentionForget = { recordType: string; forget: (db: Db, ids: string[]) => Promise<void> };

/**
 * One kind of record another module still needs: `keeps(id)` is an SQL condition, written by the
 * declaring module over its own tables, that holds while the record with that id is needed.
 */
export type RetentionKeep = { recordType: string; keeps: (id: SQLWrapper) => SQL };

/** Which counts a dashboard asks for: a period and optionally one municipality (CBS code, e.g. GM0363). */
export type FigureQuery = { from: Date; to: Date; municipalityCode?: string };

/** One count a module offers, optionally split by municipality (CBS code) or by month (YYYY-MM). */
export type Figure = {
  key: string;
  label: { nl: string; en: string };
  value: number;
  byMunicipality?: Record<string, number>;
  byMonth?: Record<string, number>;
  /**
   * The counts per municipality (CBS code, or 'onbekend') and month (YYYY-MM): the cells a dashboard
   * shows and suppresses. Everything else it shows is added up from these, so no total can reveal a
   * suppressed cell (src/modules/municipalities/dashboard/suppress.ts). Build with figureFromCells (src/app/figures.ts).
   */
  byMunicipalityMonth?: Record<string, Record<string, number>>;
  /**
   * This figure is one part of a split of another figure (key): reports split by kind of reporter, or
   * the urgent ones out of all reports. `exhaustive`: the parts of the split together are the whole
   * (kinds of reporter); otherwise the rest is an unpublished remainder (the reports that are not
   * urgent). The dashboard needs this to stop anyone from working out a small number by subtraction.
   */
  partOf?: { key: string; split: string; exhaustive: boolean };
};

/** One line on the reporter's "Mijn melding" page: when, and what happened, in both languages. */
export type ReporterNotice = { at: Date; text: { nl: string; en: string } };

export type HomeNoticeUser = { id: string; roles: readonly string[] };

/**
 * One line on the start page: "label: count", linking to where the items are. Shown only when count > 0.
 * `items`: links to the things themselves (a report, a dossier), at most HOME_NOTICE_ITEMS, under the line.
 */
export type HomeNotice = { label: { nl: string; en: string }; count: number; href: string; items?: HomeNoticeItem[] };

export type HomeNoticeItem = { label: { nl: string; en: string }; href: string };

/** How many item links a notice shows under its line; the line's link leads to the rest. */
export const HOME_NOTICE_ITEMS = 10;

/** Counts stop here (a module counts at most CAP + 1 rows); the page shows "more than CAP". */
export const HOME_NOTICE_CAP = 99;

export type DemoOptions = {
  /** Print secrets (demo passwords) only when asked for with --show-passwords. */
  showPasswords: boolean;
  print: (line: string) => void;
};
