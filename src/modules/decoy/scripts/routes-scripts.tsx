import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { asForm, isUuid } from '../../../app/forms.ts';
import { fail, problem, statusOf } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { DECOY_READERS, SCRIPT_AUTHORS, DECOY_REVIEWERS } from '../access.ts';
import { approveScriptVersion } from './approve-script-version.ts';
import { createScriptVersion } from './create-script-version.ts';
import { decoyActor } from '../decoy-actor.ts';
import { parseApproveForm, parseScriptForm } from './parse-script-form.ts';
import { readScriptLibrary, readScriptVersion, readUserNames, readScriptVersions } from '../reads.ts';
import { helpLink, isScriptKind } from './scripts.ts';
import { decoyText } from '../texts.ts';
import { errorsOf } from '../views/problems.ts';
import { ScriptPage, type ScriptPageProps } from './views/script-page.tsx';
import { ScriptsPage } from './views/scripts-page.tsx';

type ScriptParams = { Params: { scriptId: string }; Querystring: { ok?: string } };

/** The script library: list, new script, new version, approval. */
export const scriptRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const scriptPageData = async (scriptId: string) => {
    const versions = isUuid(scriptId) ? await readScriptVersions(ctx.db, scriptId) : [];
    if (versions.length === 0) throw notFound();
    const names = await readUserNames(ctx.db, versions.flatMap((v) => [v.createdBy, v.approvedBy ?? '']));
    const helpLinks = new Map(versions.filter((v) => v.helpCode).map((v) => [v.id, helpLink(ctx.config.publicBaseUrl, v.helpCode as string)]));

    return { versions, names, helpLinks };
  };
  const showScript = async (req: FastifyRequest, reply: Parameters<typeof render>[0], scriptId: string, extra: Partial<ScriptPageProps>, status = 200) =>
    render(reply, <ScriptPage view={view(req, reply)} {...(await scriptPageData(scriptId))} {...extra} />, status);

  app.get<{ Querystring: { ok?: string } }>('/lokprofielen/scripts', { config: { access: DECOY_READERS } }, async (req, reply) => {
    const t = pick(decoyText, req.lang);
    return render(reply, <ScriptsPage view={view(req, reply)} scripts={await readScriptLibrary(ctx.db)} message={req.query.ok === '1' ? t.savedOk : undefined} />);
  });

  app.post('/lokprofielen/scripts', { config: { access: SCRIPT_AUTHORS } }, async (req, reply) => {
    const input = parseScriptForm(asForm(req.body));
    const result = input.kind
      ? await createScriptVersion(ctx, { kind: input.kind, variant: input.variant, text: input.text }, decoyActor(req))
      : fail(problem('invalid', { nl: 'Kies een soort script uit de lijst.', en: 'Choose a kind of script from the list.' }, 'kind'));
    if (result.ok) return reply.redirect(`/lokprofielen/scripts/${result.value.scriptId}?ok=1`, 303);
    const scripts = await readScriptLibrary(ctx.db);
    return render(reply, <ScriptsPage view={view(req, reply)} scripts={scripts} values={{ kind: input.kind ?? '', variant: input.variant, text: input.text }} errors={errorsOf(result.problems, req.lang)} />, statusOf(result.problems));
  });

  app.get<ScriptParams>('/lokprofielen/scripts/:scriptId', { config: { access: DECOY_READERS } }, async (req, reply) => {
    const t = pick(decoyText, req.lang);
    const message = req.query.ok === '1' ? t.savedOk : req.query.ok === 'goedgekeurd' ? t.approvedOk : undefined;
    return showScript(req, reply, req.params.scriptId, { message });
  });

  app.post<ScriptParams>('/lokprofielen/scripts/:scriptId', { config: { access: SCRIPT_AUTHORS } }, async (req, reply) => {
    const { versions } = await scriptPageData(req.params.scriptId);
    const kind = versions[0]?.kind ?? '';
    const input = parseScriptForm(asForm(req.body), isScriptKind(kind) ? kind : undefined);
    const result = input.kind ? await createScriptVersion(ctx, { scriptId: req.params.scriptId, kind: input.kind, variant: input.variant, text: input.text }, decoyActor(req)) : null;
    if (result?.ok) return reply.redirect(`/lokprofielen/scripts/${req.params.scriptId}?ok=1`, 303);
    const problems = result ? result.problems : [];
    return showScript(req, reply, req.params.scriptId, { values: { variant: input.variant, text: input.text }, errors: errorsOf(problems, req.lang) }, statusOf(problems));
  });

  app.post<{ Params: { id: string } }>('/lokprofielen/scripts/versie/:id/goedkeuren', { config: { access: DECOY_REVIEWERS } }, async (req, reply) => {
    const script = isUuid(req.params.id) ? await readScriptVersion(ctx.db, req.params.id) : null;
    if (!script) throw notFound();
    const input = parseApproveForm(asForm(req.body));
    const result = await approveScriptVersion(ctx, { id: script.id, ...input }, decoyActor(req));
    if (result.ok) return reply.redirect(`/lokprofielen/scripts/${script.scriptId}?ok=goedgekeurd`, 303);
    return showScript(req, reply, script.scriptId, { values: input, approveErrors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });
};
