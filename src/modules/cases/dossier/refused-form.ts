import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { clearFormState, keepFormState, takeFormState } from '../../intake/index.ts';
import type { FormState } from '../result.ts';
import type { SectionPage } from './sections.ts';

/**
 * Post/Redirect/Get for the dossier's section forms (issue 14): a refused form is not answered with
 * a page but left here — its values, messages and status — and the section page (a GET) shows it,
 * also after a reload or Back. Kept in intake's form states (encrypted, short-lived, rewrapped on key
 * rotation and expired by its retention), one per staff member, dossier and page; it stays until a
 * form on that page is saved.
 */
type Kept = { form: FormState; status: 400 | 403 | 409 };

const ownerKey = (req: FastifyRequest, dossierId: string) => `staff:${req.staff!.user.id}:dossier:${dossierId}`;
const formKey = (page: SectionPage) => `dossier:${page}`;

export const keepRefusedForm = (ctx: AppContext, req: FastifyRequest, dossierId: string, page: SectionPage, kept: Kept) =>
  // Intake keeps a state with errors until the form succeeds; the one "error" here marks it so.
  keepFormState(ctx, ownerKey(req, dossierId), { form: formKey(page), values: { state: JSON.stringify(kept) }, errors: { form: 'refused' } });

export const takeRefusedForm = async (ctx: AppContext, req: FastifyRequest, dossierId: string, page: SectionPage): Promise<Kept | null> => {
  const state = await takeFormState(ctx, ownerKey(req, dossierId), formKey(page));
  if (!state?.values?.state) return null;
  try {
    return JSON.parse(state.values.state) as Kept;
  } catch {
    return null;
  }
};

export const clearRefusedForm = (ctx: AppContext, req: FastifyRequest, dossierId: string, page: SectionPage) => clearFormState(ctx, ownerKey(req, dossierId), formKey(page));
