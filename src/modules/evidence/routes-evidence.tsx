import { readFileSync } from 'node:fs';
import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { notFound } from '../../app/errors.ts';
import { asForm, field, isUuid } from '../../app/forms.ts';
import { render, view } from '../../app/view.ts';
import { type Lang, pick } from '../../web/i18n.ts';
import { hasAccess, type Role } from '../accounts/index.ts';
import { dossierGate, keptUntil } from '../../app/registry.ts';
import { IDENTIFIER_ROLES, showWhereElseSeen } from '../identifiers/index.ts';
import { EVIDENCE_ROLES } from './access.ts';
import { addEvidenceFile } from './items/add-evidence-file.ts';
import { captureWebPage } from './capture/capture-web-page.ts';
import { requestWebCapture } from './capture/request-capture.ts';
import { shownCaptureState } from './capture/capture-state.ts';
import { CAPTURE_STATUS_SCRIPT, CaptureStatusPage } from './views/capture-status-page.tsx';
import type { Actor } from './custody.ts';
import { recordEvidenceView } from './record-evidence-view.ts';
import { exportEvidencePackage } from './package/export-evidence-package.ts';
import { EVIDENCE_LIMITS } from './limits.ts';
import { openEvidenceFile } from './items/open-evidence-file.ts';
import { listLooseEvidence } from './items/list-loose-evidence.ts';
import { findCaptureRequest, findEvidenceItem, listArtefacts } from './reads.ts';
import { captureStatusText, EvidenceError, evidenceProblems, evidenceText, problemMessage } from './texts.ts';
import { CapturePage, EvidenceItemPage, EvidenceListPage, UploadPage } from './views/evidence-pages.tsx';

const ACCESS: readonly Role[] = EVIDENCE_ROLES;
const STATUS_SCRIPT = readFileSync(path.join(import.meta.dirname, 'capture', 'assets', 'capture-status.js'), 'utf8');
const PAGE_SIZE = 50;
const REASON_CHARS = 500;

type WithId = { Params: { id: string } };
type WithDossier = { Querystring: { dossier?: string; pagina?: string } };

const actorOf = (req: FastifyRequest): Actor => {
  const staff = req.staff;
  if (staff?.stage !== 'active') throw notFound();

  return { id: staff.user.id, name: staff.user.name };
};

/**
 * Evidence that joins a dossier needs write access to that dossier (the dossier's own check also
 * logs the read). Without ?dossier= the item stays loose until a dossier takes it.
 */
const dossierFor = async (ctx: AppContext, req: FastifyRequest<WithDossier>): Promise<string | null> => {
  const id = req.query.dossier;
  if (id === undefined || id === '') return null;
  if (!isUuid(id)) throw notFound('dossier');
  await dossierGate(ctx, req, id, { write: true });

  return id;
};

/** Who may see an item: a loose item anyone with the route's roles; an item in a dossier only who may open that dossier. */
const loadItem = async (ctx: AppContext, req: FastifyRequest<WithId>) => {
  if (!isUuid(req.params.id)) throw notFound('evidence');
  const item = await findEvidenceItem(ctx, req.params.id);
  if (!item) throw notFound('evidence');
  const access = item.dossierId ? await dossierGate(ctx, req, item.dossierId, { reason: 'bewijsstuk bekijken' }) : null;

  return { ...item, dossierTitle: access?.dossier.title ?? null };
};

/** Which form field a refusal belongs to, so the error sits next to it. */
const fieldOf = (e: EvidenceError): 'url' | 'title' | 'source' | 'bestand' => {
  if (e.code.startsWith('title')) return 'title';
  if (e.code.startsWith('source')) return 'source';
  if (e.code.startsWith('file')) return 'bestand';

  return 'url';
};

type UploadForm = { bytes: Buffer | null; fileName: string; title: string; source: string; tooLarge: boolean; broken: boolean };

/** Reads the upload form without ever throwing: a broken or oversized body becomes a message. */
const readUploadForm = async (req: FastifyRequest): Promise<UploadForm> => {
  const form: UploadForm = { bytes: null, fileName: '', title: '', source: '', tooLarge: false, broken: false };
  if (!req.isMultipart()) return { ...form, broken: true };
  try {
    for await (const part of req.parts({ limits: { fileSize: EVIDENCE_LIMITS.uploadBytes, files: 1, fields: 6, fieldSize: 8000, parts: 8 } })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'bestand' && bytes.length > 0) {
          form.bytes = bytes;
          form.fileName = (part.filename ?? '').slice(0, EVIDENCE_LIMITS.fileNameChars);
        }
        continue;
      }
      const value = typeof part.value === 'string' ? part.value : '';
      const clean = field({ v: value }, 'v');
      if (part.fieldname === 'title') form.title = clean.slice(0, EVIDENCE_LIMITS.titleChars + 1);
      if (part.fieldname === 'source') form.source = clean.slice(0, EVIDENCE_LIMITS.sourceChars + 1);
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') return { ...form, bytes: null, tooLarge: true };
    if (code !== 'FST_FILES_LIMIT' && code !== 'FST_PARTS_LIMIT' && code !== 'FST_FIELDS_LIMIT') return { ...form, broken: true };
  }

  return form;
};

export const evidenceRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get<WithDossier>('/bewijs', { config: { access: ACCESS } }, async (req, reply) => {
    const page = Math.min(Math.max(Number.parseInt(req.query.pagina ?? '1', 10) || 1, 1), 10_000);
    // Reached from a dossier ("add evidence"): the capture and upload links then add to that dossier.
    const dossierId = await dossierFor(ctx, req);
    const rows = await listLooseEvidence(ctx, actorOf(req), { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

    return render(reply, <EvidenceListPage view={view(req, reply)} rows={rows.slice(0, PAGE_SIZE)} page={page} hasNext={rows.length > PAGE_SIZE} dossierId={dossierId} />);
  });

  app.get<WithDossier>('/bewijs/webpagina', { config: { access: ACCESS } }, async (req, reply) => {
    const dossierId = await dossierFor(ctx, req);

    return render(reply, <CapturePage view={view(req, reply)} values={{ url: '', title: '', source: '' }} dossierId={dossierId} />);
  });

  app.post<WithDossier>('/bewijs/webpagina', { config: { access: ACCESS } }, async (req, reply) => {
    const dossierId = await dossierFor(ctx, req);
    const body = asForm(req.body);
    const values = {
      url: field(body, 'url').slice(0, EVIDENCE_LIMITS.urlChars + 1),
      title: field(body, 'title').slice(0, EVIDENCE_LIMITS.titleChars + 1),
      source: field(body, 'source').slice(0, EVIDENCE_LIMITS.sourceChars + 1),
    };
    const again = (errors: Record<string, string>) => render(reply, <CapturePage view={view(req, reply)} values={values} errors={errors} dossierId={dossierId} />, 400);
    const lang: Lang = req.lang;
    if (values.title.length > EVIDENCE_LIMITS.titleChars) return again({ title: problemMessage(new EvidenceError('titleTooLong', [String(EVIDENCE_LIMITS.titleChars)]), lang) });
    if (values.source.length > EVIDENCE_LIMITS.sourceChars) return again({ source: problemMessage(new EvidenceError('sourceTooLong', [String(EVIDENCE_LIMITS.sourceChars)]), lang) });
    try {
      // With a job queue the capture runs as a job and /bewijs/<id> shows its state (issue 12 point 7);
      // without one (JOBS=off) it runs in the request, as before.
      if (ctx.jobs) {
        const { id } = await requestWebCapture(ctx, { actor: actorOf(req), url: values.url, title: values.title, sourceDescription: values.source, dossierId });
        return reply.redirect(`/bewijs/${id}`, 303);
      }
      const result = await captureWebPage(ctx, { actor: actorOf(req), url: values.url, title: values.title, sourceDescription: values.source, dossierId });
      const next = `/bewijs/${result.item.id}${result.note ? `?melding=${result.note}` : ''}`;

      return reply.redirect(next, 303);
    } catch (err) {
      if (!(err instanceof EvidenceError)) throw err;

      return again({ [fieldOf(err)]: problemMessage(err, lang) });
    }
  });

  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: EVIDENCE_LIMITS.uploadBytes, files: 1 } });

    scope.get<WithDossier>('/bewijs/bestand', { config: { access: ACCESS } }, async (req, reply) => {
      const dossierId = await dossierFor(ctx, req);

      return render(reply, <UploadPage view={view(req, reply)} values={{ title: '', source: '' }} dossierId={dossierId} />);
    });

    scope.post<WithDossier>('/bewijs/bestand', { config: { access: ACCESS } }, async (req, reply) => {
      const dossierId = await dossierFor(ctx, req);
      const form = await readUploadForm(req);
      const values = { title: form.title, source: form.source };
      const again = (errors: Record<string, string>) => render(reply, <UploadPage view={view(req, reply)} values={values} errors={errors} dossierId={dossierId} />, 400);
      if (form.tooLarge) return again({ bestand: problemMessage(new EvidenceError('fileTooLarge', [String(EVIDENCE_LIMITS.uploadBytes / 1024 / 1024)]), req.lang) });
      if (!form.bytes) return again({ bestand: pick(evidenceProblems, req.lang).fileMissing });
      try {
        const item = await addEvidenceFile(ctx, { actor: actorOf(req), bytes: form.bytes, title: form.title, sourceDescription: form.source, fileName: form.fileName, dossierId });

        return reply.redirect(`/bewijs/${item.id}`, 303);
      } catch (err) {
        if (!(err instanceof EvidenceError)) throw err;

        return again({ [fieldOf(err)]: problemMessage(err, req.lang) });
      }
    });
  });

  type ItemExtra = { openErrors?: Record<string, string>; openValues?: { part: string; reason: string }; packageReason?: string };
  const itemPage = async (req: FastifyRequest<WithId>, reply: FastifyReply, extra: ItemExtra = {}, status = 200) => {
    const item = await loadItem(ctx, req);
    const artefacts = item.locked ? [] : await listArtefacts(ctx, [item.id]);
    const actor = actorOf(req);
    await recordEvidenceView(ctx, { actor, evidenceId: item.id });
    const query = req.query as { melding?: string };
    // Said from the item itself, so a capture that ran as a job says it too.
    const notRendered = item.kind === 'web_capture' && (item.details as { rendered?: boolean }).rendered === false;
    const note = query.melding === 'notHtmlNote' || notRendered ? pick(evidenceProblems, req.lang).notHtmlNote : undefined;
    // A locked item (possible abuse image) shows nothing of its content, so no identifiers either.
    const roles = req.staff?.user.roles ?? [];
    const whereElse = item.locked
      ? undefined
      : { ...(await showWhereElseSeen(ctx, { source: { type: 'evidence', id: item.id }, viewer: { ...actor, roles } })), linkIdentifiers: hasAccess(IDENTIFIER_ROLES, roles) };

    // Until when it is kept (issue 19): an item in a dossier follows the dossier, a loose one its own rule.
    const kept = await keptUntil(ctx, { ruleKey: 'evidence.item.loose', from: item.capturedAt, dossierId: item.dossierId, followsDossier: item.dossierId !== null });

    return render(reply, <EvidenceItemPage view={view(req, reply)} item={item} dossierTitle={item.dossierTitle} artefacts={artefacts} note={note} whereElse={whereElse} keptUntil={kept} {...extra} />, status);
  };

  // Before a queued capture's item exists, its address shows the capture's state (same access rule as the item).
  const capturePage = async (req: FastifyRequest<WithId>, reply: FastifyReply): Promise<FastifyReply | null> => {
    if (!isUuid(req.params.id) || (await findEvidenceItem(ctx, req.params.id))) return null;
    const request = await findCaptureRequest(ctx, req.params.id);
    if (!request || request.state === 'done') return null;
    if (request.dossierId) await dossierGate(ctx, req, request.dossierId, { reason: 'vastlegging bekijken' });
    const shown = shownCaptureState(request, ctx.clock.now(), req.lang);

    return render(reply, <CaptureStatusPage view={view(req, reply)} request={request} shown={shown} />);
  };

  app.get<WithId>('/bewijs/:id', { config: { access: ACCESS } }, async (req, reply) => (await capturePage(req, reply)) ?? itemPage(req, reply));

  // The capture page's state for its script (capture/assets/capture-status.js): the same access rule
  // as the page, and the same access-log line for a capture in a dossier; no content, only the state.
  app.get<WithId>('/bewijs/:id/stand', { config: { access: ACCESS } }, async (req, reply) => {
    const t = pick(captureStatusText, req.lang);
    if (!isUuid(req.params.id)) throw notFound('evidence');
    const item = await findEvidenceItem(ctx, req.params.id);
    const request = item ? null : await findCaptureRequest(ctx, req.params.id);
    const dossierId = item ? item.dossierId : request?.dossierId;
    if (dossierId === undefined) throw notFound('evidence');
    if (dossierId) await dossierGate(ctx, req, dossierId, { reason: 'vastlegging volgen' });
    const shown = request && request.state !== 'done' ? shownCaptureState(request, ctx.clock.now(), req.lang) : { state: 'done' as const };
    const labels = { queued: t.queued, running: t.running, failed: t.failed, done: t.done };

    return reply.type('application/json; charset=utf-8').send({ state: shown.state, label: labels[shown.state] });
  });

  // No data in it: the same script for everyone, served like the stylesheet.
  app.get(CAPTURE_STATUS_SCRIPT, { config: { access: 'anyone' } }, async (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STATUS_SCRIPT),
  );

  app.post<WithId>('/bewijs/:id/openen', { config: { access: ACCESS } }, async (req, reply) => {
    const t = pick(evidenceText, req.lang);
    const item = await loadItem(ctx, req);
    const body = asForm(req.body);
    const values = { part: field(body, 'part').slice(0, 100), reason: field(body, 'reason').slice(0, REASON_CHARS + 1) };
    if (!values.reason) return itemPage(req, reply, { openErrors: { reason: t.reasonMissing }, openValues: values }, 400);
    if (values.reason.length > REASON_CHARS) return itemPage(req, reply, { openErrors: { reason: t.reasonTooLong }, openValues: values }, 400);
    const artefactId = values.part === 'original' || values.part === '' ? undefined : values.part;
    if (artefactId !== undefined && !isUuid(artefactId)) throw notFound('artefact');
    const opened = await openEvidenceFile(ctx, { actor: actorOf(req), evidenceId: item.id, artefactId, reason: values.reason });

    // Always a download of opaque bytes: the browser never renders evidence (DESIGN §3 rule 1).
    return reply
      .type('application/octet-stream')
      .header('content-disposition', `attachment; filename="${item.id}-${artefactId ? 'artefact' : 'origineel'}.bin"`)
      .header('x-content-type-options', 'nosniff')
      .header('x-evidence-sha256', opened.sha256)
      .send(opened.bytes);
  });

  // A signed package of one item, as a download; the export is a custody event with the package hash.
  app.post<WithId>('/bewijs/:id/pakket', { config: { access: ACCESS } }, async (req, reply) => {
    const t = pick(evidenceText, req.lang);
    const item = await loadItem(ctx, req);
    const reason = field(asForm(req.body), 'packageReason').slice(0, REASON_CHARS + 1);
    if (!reason) return itemPage(req, reply, { openErrors: { packageReason: t.packageReasonMissing }, packageReason: reason }, 400);
    if (reason.length > REASON_CHARS) return itemPage(req, reply, { openErrors: { packageReason: t.reasonTooLong }, packageReason: reason }, 400);
    if (item.locked) throw notFound('evidence');
    const pkg = await exportEvidencePackage(ctx, { actor: actorOf(req), evidenceIds: [item.id], reason });

    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="bewijs-${item.id}.zip"`)
      .header('x-content-type-options', 'nosniff')
      .header('x-package-sha256', pkg.sha256)
      .send(pkg.zip);
  });
};
