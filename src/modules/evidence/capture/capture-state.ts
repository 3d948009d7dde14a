import type { Lang } from '../../../web/i18n.ts';
import type { CaptureRequestRow } from '../queries.ts';
import { EvidenceError, type EvidenceProblemCode, evidenceProblems, problemMessage } from '../texts.ts';
import type { ShownCaptureState } from '../views/capture-status-page.tsx';
import { CAPTURE_STALE_MS } from './capture-job.ts';
import { STOPPED_PROBLEM } from './stop-stale-captures.ts';

const isProblemCode = (code: string): code is EvidenceProblemCode => Object.hasOwn(evidenceProblems.nl, code);

/** What the page of an unfinished capture says: its state, or why it failed, in the user's language. */
export const shownCaptureState = (request: CaptureRequestRow, now: Date, lang: Lang): ShownCaptureState => {
  if (request.state === 'failed') {
    const code = request.problemCode && isProblemCode(request.problemCode) ? request.problemCode : 'captureFailed';
    return { state: 'failed', message: problemMessage(new EvidenceError(code, request.problemParams), lang) };
  }
  // Running far past every limit: the process that ran it stopped, or a hang outlived its watchdog
  // (the next job start marks the row itself: stop-stale-captures.ts).
  if (request.state === 'running' && request.startedAt && now.getTime() - request.startedAt.getTime() > CAPTURE_STALE_MS) {
    return { state: 'failed', message: problemMessage(new EvidenceError('captureStopped', STOPPED_PROBLEM.params), lang) };
  }

  return { state: request.state === 'running' ? 'running' : 'queued' };
};
