import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { clearRefusedForm, keepRefusedForm } from './refused-form.ts';
import { pageOf, savedHref, sectionHref } from './sections.ts';
import type { CommandResult } from '../result.ts';

/**
 * After a dossier form: always a 303 to the section page the form sits on (Post/Redirect/Get, issue
 * 14), so Back and reload never send it again. Saved: at the form, with "Opgeslagen". Refused: the
 * values and messages wait server-side (refused-form.ts) and the page shows them with the error
 * summary at the top; the GET checks and logs the read as every dossier page does.
 */
export const finishForm = (ctx: AppContext) => async (req: FastifyRequest, reply: FastifyReply, dossierId: string, result: CommandResult) => {
  if (result.ok) {
    await clearRefusedForm(ctx, req, dossierId, pageOf(result.anchor));
    return reply.redirect(result.redirect ?? savedHref(dossierId, result.anchor), 303);
  }
  // Every form's route checked write access first: staff who may open every section page.
  const page = pageOf(result.form.section);
  await keepRefusedForm(ctx, req, dossierId, page, { form: result.form, status: result.status });

  return reply.redirect(sectionHref(dossierId, page), 303);
};
