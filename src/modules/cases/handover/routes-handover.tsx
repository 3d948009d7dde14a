import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { asForm } from '../../../app/forms.ts';
import { downloadHandoverPackage } from './download-handover-package.ts';
import { exportComensha } from './export-comensha.ts';
import { finishForm } from '../dossier/finish-form.tsx';
import { approveHandover, requestHandover, savePoliceReference } from './hand-over.ts';
import { requireDossierAccess } from '../require-dossier-access.ts';
import { DOSSIER_ROLES } from '../access.ts';

type Id = { Params: { id: string } };
type Item = { Params: { id: string; item: string } };

/** Handover to police/OM (four eyes, consent-gated) and the CoMensha registration; referral is the chain module's. */
export const handoverRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const rules = { config: { access: DOSSIER_ROLES } };
  const finish = finishForm(ctx);

  app.post<Id>('/dossiers/:id/overdracht', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    return finish(req, reply, access.dossier.id, await requestHandover(ctx, access, asForm(req.body), req.lang));
  });

  app.post<Item>('/dossiers/:id/overdracht/:item/goedkeuren', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    return finish(req, reply, access.dossier.id, await approveHandover(ctx, access, req.params.item, req.lang));
  });

  app.post<Item>('/dossiers/:id/overdracht/:item/referentie', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    return finish(req, reply, access.dossier.id, await savePoliceReference(ctx, access, req.params.item, asForm(req.body), req.lang));
  });

  // A download is an export: only those who may change the dossier, logged and audited.
  app.get<Item>('/dossiers/:id/overdracht/:item/pakket.zip', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const download = await downloadHandoverPackage(ctx, access, req.params.item);
    if (!download.ok) throw notFound('package');
    const { handover, zip } = download.value;

    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="overdracht-${handover.id}.zip"`)
      .header('x-content-type-options', 'nosniff')
      .send(zip);
  });

  app.get<Id>('/dossiers/:id/comensha.json', rules, async (req, reply) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, { write: true });
    const result = await exportComensha(ctx, access);
    if (!result.ok) {
      return finish(req, reply, access.dossier.id, { ok: false, status: 403, form: { section: 'comensha', values: {}, errors: {}, message: result.check.reason[req.lang] } });
    }

    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="comensha-${access.dossier.id}.json"`)
      .send(result.json);
  });
};
