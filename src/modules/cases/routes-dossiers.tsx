import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { notFound } from '../../app/errors.ts';
import { asForm, type FormBody, field } from '../../app/forms.ts';
import { render, view } from '../../app/view.ts';
import { type Lang, pick } from '../../web/i18n.ts';
import type { Role } from '../accounts/index.ts';
import { actorFrom } from './actor.ts';
import { addAssignee } from './dossier/add-assignee.ts';
import { addSignal } from './assessment/add-signal.ts';
import { changeStatus } from './dossier/change-status.ts';
import { decideException, requestException } from './consent/consent-exception.ts';
import { createDossier } from './dossier/create-dossier.ts';
import { finishForm } from './dossier/finish-form.tsx';
import { takeRefusedForm } from './dossier/refused-form.ts';
import { loadDossierPage } from './dossier/load-dossier-page.ts';
import { chainHref, maySee, SECTION_PAGES, type SectionPage, sectionHref } from './dossier/sections.ts';
import { findMergePair, mergeSubjects } from './people/merge-subjects.ts';
import { findNote, findSubject, listAllDossiers, listAssignedDossiers, listPlanSteps, listSharedDossiers } from './reads.ts';
import { recordConsent, withdrawConsent } from './consent/record-consent.ts';
import { type DossierAccess, requireDossierAccess } from './require-dossier-access.ts';
import type { CommandResult } from './result.ts';
import { saveCriteria, savePlanStep, saveRisks, saveSummary } from './assessment/save-assessment.ts';
import { addNote } from './dossier/add-note.ts';
import { finishedAs, formOf, formStatus } from './dossier/form-of-result.ts';
import { parseNote, typedNote } from './dossier/parse-note.ts';
import { updateNote } from './dossier/update-note.ts';
import { addSubject, updateSubject } from './people/save-subject.ts';
import { addTask, setTaskDone } from './dossier/save-task.ts';
import { QUERY_MAX, searchCases } from './search/search-cases.ts';
import { stopSharing } from './sharing/stop-sharing.ts';
import { casesText } from './texts.ts';
import { CreateDossierPage, DossierListPage, MergePage, NoteEditPage, StepEditPage, SubjectEditPage } from './views/pages.tsx';
import { DossierPage } from './views/dossier-page.tsx';
import { SearchPage } from './search/search-page.tsx';
import { DOSSIER_ROLES } from './access.ts';

const CREATE_ROLES: readonly Role[] = ['investigator', 'supervisor'];
const LIST_LIMIT = 200;

type Id = { Params: { id: string }; Querystring: { ok?: string } };
type Item = { Params: { id: string; item: string } };
type Merge = { Params: { id: string }; Querystring: { houden?: string; weg?: string } };

type SectionCommand = (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang) => Promise<CommandResult>;

export const dossierRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const rules = { config: { access: DOSSIER_ROLES } };

  const finish = finishForm(ctx);

  const sectionPost = (path: string, command: SectionCommand) =>
    app.post<Id>(`/dossiers/:id/${path}`, rules, async (req, reply) => {
      const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
      return finish(req, reply, access.dossier.id, await command(ctx, access, asForm(req.body), req.lang));
    });

  app.get('/dossiers', rules, async (req, reply) => {
    const t = pick(casesText, req.lang);
    const actor = actorFrom(req);
    if (actor.roles.includes('supervisor')) {
      const rows = await listAllDossiers(ctx, LIST_LIMIT);
      return render(reply, <DossierListPage view={view(req, reply)} rows={rows} heading={t.listAllTitle} canCreate />);
    }
    if (actor.roles.includes('investigator')) {
      const rows = await listAssignedDossiers(ctx, actor.id, LIST_LIMIT);
      return render(reply, <DossierListPage view={view(req, reply)} rows={rows} heading={t.listTitle} canCreate />);
    }
    const rows = actor.organisationId ? await listSharedDossiers(ctx, actor.organisationId, LIST_LIMIT) : [];

    return render(reply, <DossierListPage view={view(req, reply)} rows={rows} heading={t.listSharedTitle} canCreate={false} />);
  });

  app.get('/dossiers/zoeken', rules, async (req, reply) => {
    const t = pick(casesText, req.lang);
    const q = field(asForm(req.query), 'q').slice(0, QUERY_MAX + 1);
    if (!q) return render(reply, <SearchPage view={view(req, reply)} q="" />);
    if (q.length > QUERY_MAX) return render(reply, <SearchPage view={view(req, reply)} q={q} error={t.tooLong(QUERY_MAX)} />, 400);
    if (q.length < 2) return render(reply, <SearchPage view={view(req, reply)} q={q} error={t.searchTooShort} />, 400);
    const result = await searchCases(ctx, actorFrom(req), q);

    return render(reply, <SearchPage view={view(req, reply)} q={q} result={result} />);
  });

  app.get<{ Querystring: { meldingen?: string } }>('/dossiers/nieuw', { config: { access: CREATE_ROLES } }, async (req, reply) => {
    // The intake queue can link here with the report numbers already filled in.
    const numbers = typeof req.query.meldingen === 'string' ? req.query.meldingen.slice(0, 2_000) : '';
    return render(reply, <CreateDossierPage view={view(req, reply)} values={{ meldingen: numbers }} />);
  });

  app.post('/dossiers', { config: { access: CREATE_ROLES } }, async (req, reply) => {
    const result = await createDossier(ctx, actorFrom(req), asForm(req.body), req.lang);
    if (!result.ok) return render(reply, <CreateDossierPage view={view(req, reply)} values={result.values} errors={result.errors} />, 400);

    return reply.redirect(`/dossiers/${result.id}`, 303);
  });

  // The overview and one page per section (dossier/sections.ts). Each page is a read of the dossier:
  // requireDossierAccess checks and logs it before anything is loaded (hard rule 6).
  const showPage = (page: SectionPage) => async (req: FastifyRequest<Id>, reply: FastifyReply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { allow: (a) => maySee(a, page) });
    const data = await loadDossierPage(ctx, access, page);
    // A refused form on this page (Post/Redirect/Get): its values and messages, until it is saved.
    const refused = await takeRefusedForm(ctx, req, access.dossier.id, page);
    const flash = req.query.ok && !refused ? pick(casesText, req.lang).saved : undefined;

    return render(reply, <DossierPage view={view(req, reply)} data={data} flash={flash} form={refused?.form} />, refused?.status ?? 200);
  };
  for (const page of SECTION_PAGES) {
    app.get<Id>(page === 'overzicht' ? '/dossiers/:id' : `/dossiers/:id/${page}`, rules, showPage(page));
  }

  // Issue 16: referral and sharing are made on the chain page only. The old cases addresses (the
  // forms' paths and the section pages they had) lead there; their posts are gone. Only staff who may
  // change the dossier reach the chain page, so the same check (which logs nothing: nothing is shown).
  for (const [path, part] of [['delen', 'delen'], ['doorverwijzingen', 'verwijzingen'], ['doorverwijzing', 'verwijzingen']] as const) {
    app.get<Id>(`/dossiers/:id/${path}`, rules, async (req, reply) => {
      const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
      return reply.redirect(chainHref(access.dossier.id, part), 303);
    });
  }

  sectionPost('status', changeStatus);
  sectionPost('onderzoekers', addAssignee);
  sectionPost('samenvatting', saveSummary);
  sectionPost('personen', addSubject);
  sectionPost('signalen', addSignal);
  sectionPost('criteria', saveCriteria);
  sectionPost('risico', saveRisks);
  sectionPost('taken', addTask);
  // On the shared command contract (docs/CODE_STYLE.md, "Commands"): parse, then the command.
  app.post<Id>('/dossiers/:id/notities', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const body = asForm(req.body);
    const parsed = parseNote(body);
    const result = parsed.ok ? await addNote(ctx, access, parsed.value) : parsed;

    return finish(req, reply, access.dossier.id, finishedAs(result, { section: 'notities', typed: typedNote(body), lang: req.lang }));
  });
  sectionPost('toestemmingen', recordConsent);
  sectionPost('uitzonderingen', requestException);

  // ── people ──
  app.get<Item>('/dossiers/:id/personen/:item', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const subject = await findSubject(ctx, access.dossier.id, req.params.item);
    if (!subject || subject.mergedInto) throw notFound('subject');
    await requireDossierAccess(ctx, req, req.params.id);

    return render(reply, <SubjectEditPage view={view(req, reply)} dossier={access.dossier} subject={subject} />);
  });

  app.post<Item>('/dossiers/:id/personen/:item', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const result = await updateSubject(ctx, access, req.params.item, asForm(req.body), req.lang);
    if (!result) throw notFound('subject');
    if (result.ok) return reply.redirect(`${sectionHref(access.dossier.id, 'personen')}?ok=1#personen`, 303);
    const subject = await findSubject(ctx, access.dossier.id, req.params.item);
    if (!subject) throw notFound('subject');

    return render(reply, <SubjectEditPage view={view(req, reply)} dossier={access.dossier} subject={subject} form={result.form} />, result.status);
  });

  app.get<Merge>('/dossiers/:id/personen/samenvoegen', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const pair = await findMergePair(ctx, access.dossier.id, String(req.query.houden ?? ''), String(req.query.weg ?? ''));
    if (!pair) return reply.redirect(sectionHref(access.dossier.id, 'personen'), 303);
    await requireDossierAccess(ctx, req, req.params.id);

    return render(reply, <MergePage view={view(req, reply)} dossier={access.dossier} keep={pair.keep} gone={pair.gone} />);
  });

  app.post<Merge>('/dossiers/:id/personen/samenvoegen', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const pair = await findMergePair(ctx, access.dossier.id, String(req.query.houden ?? ''), String(req.query.weg ?? ''));
    if (!pair) return reply.redirect(sectionHref(access.dossier.id, 'personen'), 303);
    const result = await mergeSubjects(ctx, access, pair, asForm(req.body), req.lang);
    if (result.ok) return reply.redirect(`${sectionHref(access.dossier.id, 'personen')}?ok=1#personen`, 303);
    const fresh = (await findMergePair(ctx, access.dossier.id, pair.keep.id, pair.gone.id)) ?? pair;

    return render(
      reply,
      <MergePage view={view(req, reply)} dossier={access.dossier} keep={fresh.keep} gone={fresh.gone} values={result.values} errors={result.errors} stale={result.stale} />,
      result.stale ? 409 : 400,
    );
  });

  // ── plan steps ──
  const findStep = async (dossierId: string, item: string) => {
    const steps = await listPlanSteps(ctx, dossierId);
    return steps.find((s) => String(s.step) === item) ?? null;
  };

  app.get<Item>('/dossiers/:id/stappen/:item', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const step = await findStep(access.dossier.id, req.params.item);
    if (!step) throw notFound('step');
    await requireDossierAccess(ctx, req, req.params.id);

    return render(reply, <StepEditPage view={view(req, reply)} dossier={access.dossier} step={step} />);
  });

  app.post<Item>('/dossiers/:id/stappen/:item', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const step = await findStep(access.dossier.id, req.params.item);
    if (!step) throw notFound('step');
    const result = await savePlanStep(ctx, access, { ...asForm(req.body), stap: String(step.step) }, req.lang);
    if (result.ok) return reply.redirect(`${sectionHref(access.dossier.id, 'plan')}?ok=1#stap-${step.step}`, 303);
    const fresh = (await findStep(access.dossier.id, req.params.item)) ?? step;

    return render(reply, <StepEditPage view={view(req, reply)} dossier={access.dossier} step={fresh} form={result.form} />, result.status);
  });

  // ── tasks ──
  app.post<Item>('/dossiers/:id/taken/:item', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const result = await setTaskDone(ctx, access, req.params.item, asForm(req.body), req.lang);
    if (!result) throw notFound('task');

    return finish(req, reply, access.dossier.id, result);
  });

  // ── notes ──
  app.get<Item>('/dossiers/:id/notities/:item', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const note = await findNote(ctx, access.dossier.id, req.params.item);
    if (!note) throw notFound('note');
    await requireDossierAccess(ctx, req, req.params.id);

    return render(reply, <NoteEditPage view={view(req, reply)} dossier={access.dossier} note={note} />);
  });

  app.post<Item>('/dossiers/:id/notities/:item', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const body = asForm(req.body);
    const parsed = parseNote(body);
    const result = parsed.ok ? await updateNote(ctx, access, req.params.item, parsed.value) : parsed;
    if (result.ok) return reply.redirect(`${sectionHref(access.dossier.id, 'notities')}?ok=1#notities`, 303);
    const note = await findNote(ctx, access.dossier.id, req.params.item);
    if (!note || result.problems.some((p) => p.code === 'not_found')) throw notFound('note');
    // After a conflict the colleague's saved text is shown beside the user's own, to merge.
    const stale = result.problems.some((p) => p.code === 'stale');
    const form = {
      ...formOf(stale ? [] : result.problems, { section: 'notitie', item: note.id, typed: typedNote(body), lang: req.lang }),
      ...(stale ? { theirs: { tekst: note.body, versie: String(note.version) } } : {}),
    };

    return render(reply, <NoteEditPage view={view(req, reply)} dossier={access.dossier} note={note} form={form} />, formStatus(result.problems));
  });

  // ── consent, exceptions, sharing ──
  app.post<Item>('/dossiers/:id/toestemmingen/:item/intrekken', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    return finish(req, reply, access.dossier.id, await withdrawConsent(ctx, access, req.params.item, asForm(req.body), req.lang));
  });

  app.post<Item>('/dossiers/:id/uitzonderingen/:item/besluit', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    return finish(req, reply, access.dossier.id, await decideException(ctx, access, req.params.item, asForm(req.body), req.lang));
  });

  app.post<Item>('/dossiers/:id/delen/:item/stoppen', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    if (!(await stopSharing(ctx, access, req.params.item))) throw notFound('share');

    return reply.redirect(`${sectionHref(access.dossier.id, 'toestemming')}?ok=1#delen`, 303);
  });
};
