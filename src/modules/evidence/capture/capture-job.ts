import { DEFAULT_CAPTURE_LIMITS } from './capture-web-page.ts';

/** The pg-boss job that captures one requested web page (issue 12 point 7). */
export const CAPTURE_JOB = 'evidence.capture';

export type CaptureJob = { requestId: string };

/**
 * A capture still "running" this long after it started did not end by itself (the process stopped,
 * or a hang the watchdog could not end): its page says it failed on time, and pg-boss gives up the
 * job by then too.
 */
export const CAPTURE_STALE_MS = DEFAULT_CAPTURE_LIMITS.totalMs + 60_000;
