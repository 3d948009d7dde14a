import type { AppContext } from '../../../app/context.ts';
import { markCaptureFinished, markCaptureRunning } from '../queries.ts';
import { EvidenceError } from '../texts.ts';
import { captureWebPage } from './capture-web-page.ts';
import { stopStaleCaptures } from './stop-stale-captures.ts';

/**
 * The `evidence.capture` job: captures one queued request (Chromium sandboxed, launch-chromium.ts)
 * and records how it ended. A refusal keeps its code, so the page says why in the user's language;
 * anything unexpected is logged and shown as a general failure. Never retried: a capture is a
 * moment in time, and the user decides whether to try again.
 */
export const runCaptureRequest = async (ctx: AppContext, requestId: string): Promise<void> => {
  // Rows left `running` by a process that stopped are ended first (the page already says "stopped").
  await stopStaleCaptures(ctx);
  const request = await markCaptureRunning(ctx.db, requestId, ctx.clock.now());
  // Done, failed or already running: a job delivered twice does nothing.
  if (!request) return;
  let problem: { code: string; params: string[] } | null = null;
  try {
    await captureWebPage(ctx, {
      id: request.id,
      actor: { id: request.requestedBy, name: request.requestedByLabel },
      url: request.url,
      title: request.title,
      sourceDescription: request.sourceDescription,
      dossierId: request.dossierId,
    });
  } catch (err) {
    if (err instanceof EvidenceError) {
      problem = { code: err.code, params: err.params };
    } else {
      ctx.logger.error({ err }, 'evidence capture job failed');
      problem = { code: 'captureFailed', params: [] };
    }
  }
  await markCaptureFinished(ctx.db, request.id, { at: ctx.clock.now(), problem });
};
