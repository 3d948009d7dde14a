import type { AppContext } from '../../../app/context.ts';
import { indexEvidenceIdentifiers } from './index-evidence-identifiers.ts';
import { listArtefacts, listEvidenceAfter } from '../queries.ts';
import { evidenceStore } from '../items/storage.ts';

const BATCH = 100;

/** The addresses a capture indexed: the URL asked for, each redirect, the final URL (in that order). */
const capturedUrls = (details: Record<string, unknown>): string => {
  const redirects = Array.isArray(details.redirects) ? details.redirects.map((r) => String((r as { url?: unknown }).url ?? '')) : [];
  const urls = [String(details.requestedUrl ?? ''), ...redirects, String(details.finalUrl ?? '')].filter(Boolean);

  return [...new Set(urls)].join('\n');
};

/**
 * Puts every evidence item's identifiers into the index again (`vangnet reindex`), with the fields
 * capture and upload use: `title` (title and source), and for a web capture `url` and `text` (the
 * stored text artefact, decrypted in memory and checked against its capture hash). A locked item has
 * no text left; an uploaded file itself is never opened. Idempotent, like recordOccurrences.
 */
export const reindexEvidence = async (ctx: AppContext): Promise<{ evidence: number; texts: number }> => {
  const store = evidenceStore(ctx);
  let after: string | null = null;
  let evidence = 0;
  let texts = 0;
  for (;;) {
    const items = await listEvidenceAfter(ctx.db, after, BATCH);
    if (items.length === 0) break;
    const artefacts = await listArtefacts(
      ctx.db,
      items.map((i) => i.id),
    );
    for (const item of items) {
      const fields = [{ field: 'title', text: `${item.title}\n${item.sourceDescription}` }];
      if (item.kind === 'web_capture') {
        fields.push({ field: 'url', text: capturedUrls(item.details) });
        const text = artefacts.find((a) => a.evidenceId === item.id && a.kind === 'text' && a.storageKey);
        if (text?.storageKey) {
          try {
            fields.push({ field: 'text', text: store.get(text.storageKey, text.sha256).toString('utf8') });
            texts += 1;
          } catch (err) {
            ctx.logger.error({ evidenceId: item.id, err: (err as Error).message }, 'evidence: text not re-indexed (file missing or damaged)');
          }
        }
      }
      await indexEvidenceIdentifiers(ctx, { evidenceId: item.id, seenAt: item.capturedAt, fields });
      evidence += 1;
    }
    after = items.at(-1)?.id ?? null;
  }

  return { evidence, texts };
};
