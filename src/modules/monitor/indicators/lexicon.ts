import { z } from 'zod';

/**
 * phrase: words matched on word boundaries, case-insensitive. emoji: plain substring. pronoun: words,
 * fires at `minMatches`. derived: computed from extracted identifiers. cross-ad: computed over all ads
 * that share a phone, fires at `threshold`.
 */
export const ZIndicator = z.object({
  id: z.string().regex(/^[a-z0-9-]{2,60}$/),
  label: z.object({ nl: z.string().min(1).max(200), en: z.string().min(1).max(200) }),
  kind: z.enum(['phrase', 'emoji', 'pronoun', 'derived', 'cross-ad']),
  weight: z.number().min(0).max(10),
  patterns: z.array(z.string().min(1).max(100)).max(200),
  minMatches: z.number().int().min(1).max(20).optional(),
  threshold: z.number().int().min(1).max(1000).optional(),
  /** Shown to the analyst with its matches, never added to the score. */
  shownOnly: z.boolean().optional(),
});

/**
 * Indicators about origin or ethnicity: always shown, never scored, in every version
 * (docs/monitor-indicators.md says why). The schema refuses a lexicon that gives them weight.
 */
export const ORIGIN_INDICATOR_IDS: readonly string[] = ['origin-mention'];

export const isOriginIndicator = (id: string) => ORIGIN_INDICATOR_IDS.includes(id);

export const ZLexicon = z
  .object({
    version: z.string().min(1).max(40),
    indicators: z.array(ZIndicator).min(1).max(200),
  })
  .superRefine((lexicon, ctx) => {
    lexicon.indicators.forEach((indicator, i) => {
      if (isOriginIndicator(indicator.id) && (indicator.shownOnly !== true || indicator.weight !== 0)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'weight'], message: 'origin indicators are shown only, weight 0', params: { rule: 'origin' } });
      }
    });
  });

export type Indicator = z.infer<typeof ZIndicator>;
export type Lexicon = z.infer<typeof ZLexicon>;
