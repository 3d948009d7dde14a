import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { render, view } from '../../../app/view.ts';
import { loadDossierPage } from './load-dossier-page.ts';
import { maySee, pageOf, savedHref } from './sections.ts';
import { requireDossierAccess } from '../require-dossier-access.ts';
import type { CommandResult } from '../result.ts';
import { DossierPage } from '../views/dossier-page.tsx';

/**
 * After a dossier form: back to the section page the form sits on (303), or that page again with the
 * form's values and messages. The page shown is a read of the dossier, so it is checked and logged.
 */
export const finishForm = (ctx: AppContext) => async (req: FastifyRequest, reply: FastifyReply, dossierId: string, result: CommandResult) => {
  if (result.ok) return reply.redirect(result.redirect ?? savedHref(dossierId, result.anchor), 303);
  const access = await requireDossierAccess(ctx, req, dossierId);
  const page = pageOf(result.form.section);
  const data = await loadDossierPage(ctx, access, maySee(access, page) ? page : 'overzicht');

  return render(reply, <DossierPage view={view(req, reply)} data={data} form={result.form} />, result.status);
};
