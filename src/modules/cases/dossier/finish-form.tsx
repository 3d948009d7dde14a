import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { render, view } from '../../../app/view.ts';
import { loadDossierPage } from './load-dossier-page.ts';
import { requireDossierAccess } from '../require-dossier-access.ts';
import type { CommandResult } from '../result.ts';
import { DossierPage } from '../views/dossier-page.tsx';

/** After a dossier form: back to the page (303), or the page again with the form's values and messages. */
export const finishForm = (ctx: AppContext) => async (req: FastifyRequest, reply: FastifyReply, dossierId: string, result: CommandResult) => {
  if (result.ok) return reply.redirect(result.redirect ?? `/dossiers/${dossierId}?ok=1#${result.anchor}`, 303);
  const access = await requireDossierAccess(ctx, req, dossierId);
  const data = await loadDossierPage(ctx, access);

  return render(reply, <DossierPage view={view(req, reply)} data={data} form={result.form} />, result.status);
};
