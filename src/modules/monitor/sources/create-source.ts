import { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { insertSource, type SourceRow } from '../queries/sources.ts';
import { ZSelectorRules } from './selector-rules.ts';
import { checkUrlPattern } from './check-url-pattern.ts';

/** A URL pattern runs on every discovered URL: invalid, too long or backtracking patterns are refused (check-url-pattern.ts). */
const safePattern = (value: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = checkUrlPattern(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { problem, pattern: value.slice(0, 300) } });
};

export const ZNewSource = z.object({
  name: z.string().trim().min(2).max(120),
  startUrls: z.array(z.url({ protocol: /^https?$/ }).max(2000)).min(1).max(20),
  allowedUrlPatterns: z.array(z.string().trim().superRefine(safePattern)).min(1).max(20),
  selectors: ZSelectorRules.extend({ adUrlPattern: z.string().trim().superRefine(safePattern) }),
  intervalMinutes: z.number().int().min(15).max(60 * 24 * 30).default(360),
  maxRequestsPerMinute: z.number().int().min(1).max(600).default(30),
  maxConcurrency: z.number().int().min(1).max(10).default(2),
  delayMs: z.number().int().min(0).max(60_000).default(1000),
  legalBasis: z.string().trim().min(10).max(2000),
});

export type NewSourceInput = z.input<typeof ZNewSource>;

/** Registers an ad site. robots.txt is respected; an override is a separate, supervisor-approved step. */
export const createSource = async (db: Db, input: NewSourceInput, createdBy: string | null): Promise<{ ok: true; source: SourceRow } | { ok: false; issues: z.core.$ZodIssue[] }> => {
  const parsed = ZNewSource.safeParse(input);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues };
  const source = await insertSource(db, { ...parsed.data, createdBy });

  return { ok: true, source };
};
