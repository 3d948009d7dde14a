import { z } from 'zod';
import type { EvalAd, EvalTruth } from './evaluate-monitor.ts';

/**
 * The file format of `vangnet monitor-eval` (monitor README, "Evaluating on your own ads"): JSON Lines,
 * one object per line. ads.jsonl: {"id", "text", "title"?}. truth.jsonl: {"id", "group"?, "operator"?,
 * "phones"? (E.164), "obfuscated"?, "phoneStyle"?, "cues"? (indicator ids)}. Blank lines are skipped.
 */
const ZAd = z.object({ id: z.string().min(1).max(200), title: z.string().max(2000).optional(), text: z.string().max(100_000) });
const ZTruth = z.object({
  id: z.string().min(1).max(200),
  group: z.string().max(200).optional(),
  operator: z.string().max(200).optional(),
  phones: z.array(z.string().regex(/^\+\d{6,15}$/)).max(50).optional(),
  obfuscated: z.boolean().optional(),
  phoneStyle: z.string().max(60).optional(),
  cues: z.array(z.string().max(60)).max(50).optional(),
});

export type ReadResult<T> = { ok: true; rows: T[] } | { ok: false; message: string };

const readLines = <T>(content: string, schema: z.ZodType<T>, what: string): ReadResult<T> => {
  const rows: T[] = [];
  const lines = content.split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { ok: false, message: `${what}, line ${i + 1}: not valid JSON` };
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, message: `${what}, line ${i + 1}: ${issue?.path.join('.') || 'value'}: ${issue?.message ?? 'invalid'}` };
    }
    rows.push(parsed.data);
  }

  return { ok: true, rows };
};

export const readEvalAds = (content: string): ReadResult<EvalAd> => readLines(content, ZAd, 'ads');
export const readEvalTruth = (content: string): ReadResult<EvalTruth> => readLines(content, ZTruth, 'truth');

/** A labelled sample as the two files' contents (for the generators' corpora). */
export const toJsonl = (rows: readonly object[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
