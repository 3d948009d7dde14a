import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { readDraft, startDraft } from '../../intake/index.ts';
import { CODE } from '../editing/parse-page-form.ts';
import { findLanding } from '../read-info.ts';
import { beginCampaignReport } from './begin-campaign-report.ts';
import { countCampaignEvent } from './count-campaign-event.ts';
import { countCampaignReportSent } from './count-campaign-report-sent.ts';
import { renderCampaignPage } from './render-campaign.tsx';

type Code = { Params: { code: string } };

/** Campaign landing paths on the public site (`/c/<code>`), and the count of reports sent from them. */
export const campaignRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  // Campaign landing paths: one count per visit and day, nothing about the visitor.
  const landing = async (req: FastifyRequest<Code>) => {
    const code = req.params.code.toLowerCase();
    if (!CODE.test(code)) return undefined;
    const found = await findLanding(ctx, code);

    return found ? { code, version: found.version } : undefined;
  };

  app.get<Code>('/c/:code', async (req, reply) => {
    const found = await landing(req);
    if (!found) return reply.callNotFound();
    await countCampaignEvent(ctx, found.code, 'visits');

    return renderCampaignPage(req, reply, found.version, found.code);
  });

  app.post<Code>('/c/:code/melden', async (req, reply) => {
    const found = await landing(req);
    if (!found) return reply.callNotFound();
    await beginCampaignReport(ctx, found.code, { existing: await readDraft(ctx, req), start: () => startDraft(ctx, reply) });

    return reply.redirect('/melden/wie', 303);
  });

  // A report that began on a landing path and is now sent counts once for that path
  // (count-campaign-report-sent.ts; the flag lives in memory only).
  // A callback hook, not an async one: it runs after every public response, and for all but one route
  // it returns at once without making a promise.
  app.addHook('onResponse', (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (req.method !== 'POST' || req.routeOptions.url !== '/melden/versturen' || reply.statusCode !== 303) return done();
    readDraft(ctx, req)
      .then((draft) => countCampaignReportSent(ctx, draft))
      .then(
        () => done(),
        (err: unknown) => {
          req.log.warn({ err }, 'campaign report count failed');
          done();
        },
      );
  });
};
