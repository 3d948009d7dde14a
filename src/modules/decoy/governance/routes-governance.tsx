import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { asForm, field, isUuid } from '../../../app/forms.ts';
import { statusOf } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import { DECOY_REVIEWERS, GOVERNANCE_READERS, GOVERNANCE_RECORDERS } from '../access.ts';
import { approveGovernance } from './approve-governance.ts';
import { decoyActor } from '../decoy-actor.ts';
import { validGovernance } from './governance.ts';
import { readGovernanceRecords, readUserNames } from '../reads.ts';
import { GOVERNANCE_FIELDS, type GovernanceInput, recordGovernance } from './record-governance.ts';
import { GovernancePage } from './views/governance-page.tsx';
import { errorsOf } from '../views/problems.ts';

/** /lokprofielen/grondslag: record the basis (admin), approve it (a legal reviewer, someone else). */
export const governanceRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const page = async (req: FastifyRequest, reply: Parameters<typeof render>[0], extra: Partial<Parameters<typeof GovernancePage>[0]> = {}, status = 200) => {
    const records = await readGovernanceRecords(ctx.db);
    const names = await readUserNames(ctx.db, records.flatMap((r) => [r.recordedBy, r.approvedBy ?? '']));
    return render(reply, <GovernancePage view={view(req, reply)} records={records} valid={await validGovernance(ctx)} names={names} {...extra} />, status);
  };

  app.get('/lokprofielen/grondslag', { config: { access: GOVERNANCE_READERS } }, async (req, reply) => page(req, reply));

  app.post('/lokprofielen/grondslag', { config: { access: GOVERNANCE_RECORDERS } }, async (req, reply) => {
    const body = asForm(req.body);
    const input = Object.fromEntries(GOVERNANCE_FIELDS.map((f) => [f, field(body, f).slice(0, 5000)])) as GovernanceInput;
    const result = await recordGovernance(ctx, input, decoyActor(req));
    if (result.ok) return reply.redirect('/lokprofielen/grondslag', 303);
    return page(req, reply, { values: input, errors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.post<{ Params: { id: string } }>('/lokprofielen/grondslag/:id/goedkeuren', { config: { access: DECOY_REVIEWERS } }, async (req, reply) => {
    if (!isUuid(req.params.id)) throw notFound();
    const reason = field(asForm(req.body), 'reason').slice(0, 5000);
    const result = await approveGovernance(ctx, { id: req.params.id, reason }, decoyActor(req));
    if (result.ok) return reply.redirect('/lokprofielen', 303);
    return page(req, reply, { values: { reason }, approveErrors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });
};
