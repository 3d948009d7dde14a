import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import type { Actor } from '../custody.ts';
import { EVIDENCE_LIMITS } from '../limits.ts';
import { insertCaptureRequest, markCaptureFinished } from '../queries.ts';
import { EvidenceError } from '../texts.ts';
import { CAPTURE_JOB, type CaptureJob } from './capture-job.ts';
import { parseCaptureUrl, resolveCaptureHost } from './url-guard.ts';

export type RequestCaptureInput = { actor: Actor; url: string; title: string; sourceDescription: string; dossierId: string | null };

/** How long the form waits for the name to resolve before it queues; the job resolves again. */
const ENTRY_DNS_MS = 5000;

/**
 * Queues a web capture (issue 12 point 7): checks what was typed with the outbound guard now (the
 * form answers a refused or internal address at once, in the user's language), stores the request
 * and hands it to the `evidence.capture` job. Returns the id the item will have; /bewijs/<id> shows
 * the state until then. Throws EvidenceError on a refusal; needs the job queue (ctx.jobs).
 */
export const requestWebCapture = async (ctx: AppContext, input: RequestCaptureInput): Promise<{ id: string }> => {
  if (!ctx.jobs) throw new Error('requestWebCapture needs the job queue');
  const url = parseCaptureUrl(input.url);
  if (input.title.length > EVIDENCE_LIMITS.titleChars) throw new EvidenceError('titleTooLong', [String(EVIDENCE_LIMITS.titleChars)]);
  if (input.sourceDescription.length > EVIDENCE_LIMITS.sourceChars) throw new EvidenceError('sourceTooLong', [String(EVIDENCE_LIMITS.sourceChars)]);
  // The same check the fetch makes: an internal address never gets as far as the queue.
  await resolveCaptureHost(url, ctx.config.outboundAllowPrivate, ENTRY_DNS_MS);

  const id = randomUUID();
  await insertCaptureRequest(ctx.db, {
    id,
    requestedBy: input.actor.id,
    requestedByLabel: input.actor.name,
    dossierId: input.dossierId,
    url: url.href,
    title: input.title.trim(),
    sourceDescription: input.sourceDescription.trim(),
    state: 'queued',
    requestedAt: ctx.clock.now(),
  });
  try {
    await ctx.jobs.send<CaptureJob>(CAPTURE_JOB, { requestId: id });
  } catch (err) {
    // Never a request that waits for a job that does not exist.
    await markCaptureFinished(ctx.db, id, { at: ctx.clock.now(), problem: { code: 'captureFailed', params: [] } });
    throw err;
  }

  return { id };
};
