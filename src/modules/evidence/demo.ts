import type { AppContext } from '../../app/context.ts';
import type { Actor } from './custody.ts';
import { addEvidenceFile } from './items/add-evidence-file.ts';
import type { EvidenceRow } from './queries.ts';

export type DemoEvidence = { title: string; source: string; fileName: string; text: string };

/**
 * `vangnet demo`: a fictitious text as evidence of a demo dossier, through the real upload command,
 * so it gets its SHA-256 and UTC time at capture, an encrypted write-once original, a custody event
 * and its identifiers in the index. Text only: the demo never makes or stores a picture (hard rule 1).
 * The cases demo calls this once per item when it opens the dossier (it skips a dossier that exists).
 */
export const addDemoTextEvidence = async (ctx: AppContext, input: { actor: Actor; dossierId: string; item: DemoEvidence }): Promise<EvidenceRow> =>
  addEvidenceFile(ctx, {
    actor: input.actor,
    bytes: Buffer.from(input.item.text, 'utf8'),
    title: input.item.title,
    sourceDescription: input.item.source,
    fileName: input.item.fileName,
    dossierId: input.dossierId,
  });
