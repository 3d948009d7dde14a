import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import type { DraftAnswers, StepErrors } from '../answers.ts';
import { deleteExpiredDrafts, findDraft, insertDraft, updateDraft } from '../queries.ts';

/**
 * Where a web report lives while it is filled in. We keep the draft on the server, in the database,
 * keyed by the SHA-256 of a random token in a first-party cookie — not in hidden fields — because:
 * files must be kept between pages anyway; contact details then never travel back and forth
 * through every page; going back to any page shows what was saved; and the token doubles as the
 * idempotency key that stops a second submit from making a second report. Works without
 * JavaScript (Tor Browser "safest" keeps first-party cookies). No IP address or user agent is stored.
 */
export const DRAFT_COOKIE = 'vn_draft';
const DRAFT_HOURS = 24;

/**
 * What was typed on one step but not (yet) saved as answers: kept when the reporter switches the
 * language on that step, so the page comes back in the other language with the same text, and when
 * the step was refused (with the error codes), so the post can redirect to the step's GET
 * (Post/Redirect/Get, issue 14 finding 2: Back and reload never send the form again). On the files
 * page it holds what the last upload met instead. It lives in the same encrypted draft, never in the
 * answers, and goes at the next save of the answers.
 */
export type Unsaved = { slug: string; values: DraftAnswers; errors?: StepErrors; file?: { problem?: string; onwards?: boolean; added?: boolean } };

export type Draft = { id: string; answers: DraftAnswers; unsaved: Unsaved | null; submittedReportId: string | null; hasReceipt: boolean };

/** The key of the unsaved values in the encrypted draft data; decode takes it out of the answers. */
const UNSAVED_KEY = '__unsaved';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const decodeAll = (ctx: AppContext, dataEnc: string): DraftAnswers => {
  if (!dataEnc) return {};
  try {
    const parsed: unknown = JSON.parse(ctx.keys.decryptText(dataEnc));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as DraftAnswers) : {};
  } catch {
    return {};
  }
};

const decode = (ctx: AppContext, dataEnc: string): { answers: DraftAnswers; unsaved: Unsaved | null } => {
  const { [UNSAVED_KEY]: raw, ...answers } = decodeAll(ctx, dataEnc);
  let unsaved: Unsaved | null = null;
  if (typeof raw === 'string') {
    try {
      const parsed = JSON.parse(raw) as Unsaved;
      if (typeof parsed?.slug === 'string' && parsed.values && typeof parsed.values === 'object') unsaved = parsed;
    } catch {
      unsaved = null;
    }
  }

  return { answers, unsaved };
};

export const encodeDraft = (ctx: AppContext, answers: DraftAnswers): string => ctx.keys.encrypt(JSON.stringify(answers));

/** The draft of this browser, or null (no cookie, unknown token or expired). */
export const readDraft = async (ctx: AppContext, req: FastifyRequest): Promise<Draft | null> => {
  const token = req.cookies[DRAFT_COOKIE];
  if (!token || token.length > 100) return null;
  const row = await findDraft(ctx.db, hashToken(token));
  if (!row || row.expiresAt.getTime() < Date.now()) return null;

  return { id: row.id, ...decode(ctx, row.dataEnc), submittedReportId: row.submittedReportId, hasReceipt: row.receiptEnc !== null };
};

/** Starts a new draft and sets its cookie (session cookie: gone when the browser closes). */
export const startDraft = async (ctx: AppContext, reply: FastifyReply): Promise<Draft> => {
  await deleteExpiredDrafts(ctx.db);
  const token = randomBytes(24).toString('base64url');
  const id = hashToken(token);
  await insertDraft(ctx.db, { id, dataEnc: encodeDraft(ctx, {}), expiresAt: new Date(Date.now() + DRAFT_HOURS * 3600 * 1000) });
  reply.setCookie(DRAFT_COOKIE, token, { path: '/melden', httpOnly: true, sameSite: 'lax', secure: ctx.config.tls });

  return { id, answers: {}, unsaved: null, submittedReportId: null, hasReceipt: false };
};

export const saveDraftAnswers = (ctx: AppContext, draft: Draft, answers: DraftAnswers) =>
  updateDraft(ctx.db, draft.id, { dataEnc: encodeDraft(ctx, answers) });

/** Keeps the typed values of one step next to the saved answers (see Unsaved). */
export const saveUnsaved = (ctx: AppContext, draft: Draft, unsaved: Unsaved) =>
  updateDraft(ctx.db, draft.id, { dataEnc: encodeDraft(ctx, { ...draft.answers, [UNSAVED_KEY]: JSON.stringify(unsaved) }) });

/** The answers shown on a step: the saved ones, with what was typed there and not yet saved on top. */
export const shownOnStep = (draft: Draft | null, slug: string): DraftAnswers =>
  draft ? { ...draft.answers, ...(draft.unsaved?.slug === slug ? draft.unsaved.values : {}) } : {};

/** The error codes of a refused post of this step, if the last post of it was refused. */
export const errorsOnStep = (draft: Draft | null, slug: string): StepErrors | undefined =>
  draft?.unsaved?.slug === slug && draft.unsaved.errors && Object.keys(draft.unsaved.errors).length > 0 ? draft.unsaved.errors : undefined;

/** Drops the unsaved values (a notice shown once). */
export const clearUnsaved = (ctx: AppContext, draft: Draft) => saveDraftAnswers(ctx, draft, draft.answers);
