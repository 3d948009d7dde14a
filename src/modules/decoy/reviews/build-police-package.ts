import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { logAccess, recordAuditEvent } from '../../audit/index.ts';
import { buildSignedPackage, loadSigningKey, vangnetVersion } from '../../evidence/index.ts';
import type { DecoyActor } from '../access.ts';
import { type MessageRow, selectConversation } from '../queries/conversations.ts';
import { buildPoliceContent } from './police-content.ts';
import { renderPolicePdf } from './render-police-pdf.ts';

const PACKAGE_STATES = ['evidence_frozen', 'police_notified', 'closed_notified'];

const transcriptLine = (m: MessageRow, disclosureId: string | null) =>
  `${m.seq}\t${m.at.toISOString()}\t${m.direction === 'in' ? 'AFZENDER' : 'LOKPROFIEL'}${m.id === disclosureId ? '\t[EXPLICIETE LEEFTIJDSMELDING]' : ''}${m.loggedOnly ? '\t[na waarschuwing, niet beantwoord]' : ''}\t${m.text.replace(/\s+/g, ' ')}${m.mediaName ? `\t[beeld niet opgeslagen: ${m.mediaName} ${m.mediaType} ${m.mediaSize} bytes${m.mediaSha256 ? ` sha256 ${m.mediaSha256}` : ''}]` : ''}\tsha256 ${m.sha256}`;

/**
 * The police notification package (issue 15 point 7, research F3): the decoy as published, the full
 * transcript with the disclosure marked, identifiers and how they were obtained, hashes and the
 * custody log, every template used (proof of passivity), warning and any answer, the four-eyes
 * decisions, as a tagged Dutch PDF, as JSON and as a plain transcript. Signed like the handover package, so `vangnet verify-package` checks it.
 */
export const buildPolicePackage = async (ctx: AppContext, conversationId: string, actor: DecoyActor): Promise<Result<{ zip: Buffer; sha256: string; fileName: string }>> => {
  if (!hasAccess(['decoy_operator', 'legal_reviewer'], actor.roles)) return fail(problem('forbidden', { nl: 'Dit mag uw rol niet.', en: 'Your role may not do this.' }));
  const conv = await selectConversation(ctx.db, conversationId);
  if (!conv) return fail(problem('not_found', { nl: 'Dit gesprek bestaat niet.', en: 'This conversation does not exist.' }));
  if (!PACKAGE_STATES.includes(conv.state)) return fail(problem('conflict', { nl: 'Het pakket bestaat pas als het bewijs is vastgezet.', en: 'The package exists only once the evidence is frozen.' }));
  const { content, messages } = await buildPoliceContent(ctx.db, conv);
  const transcript = [`Gesprek ${conv.id} — opgegeven leeftijd ${conv.statedAge} — ${conv.platform}`, ...messages.map((m) => transcriptLine(m, conv.disclosureMessageId))].join('\n');
  const created = ctx.clock.now();
  const pdf = await renderPolicePdf(content, created);
  const pkg = buildSignedPackage({
    files: [
      { path: 'politiemelding.pdf', bytes: pdf, mediaType: 'application/pdf' },
      { path: 'politiemelding.json', bytes: Buffer.from(`${JSON.stringify(content, null, 2)}\n`, 'utf8'), mediaType: 'application/json' },
      { path: 'transcript.txt', bytes: Buffer.from(`${transcript}\n`, 'utf8'), mediaType: 'text/plain; charset=utf-8' },
    ],
    metadata: { purpose: 'decoy police notification', conversation: conv.id, frozenHash: conv.frozenHash, policeReference: conv.policeReference },
    key: loadSigningKey(ctx.config.dataDir),
    software: `Vangnet ${vangnetVersion()}`,
    created,
  });
  await logAccess(ctx.db, { user: actor, recordType: 'decoy_conversation', recordId: conv.id, action: 'export', reason: 'politiepakket' });
  await recordAuditEvent(ctx.db, { actor: { userId: actor.id, label: actor.email }, action: 'decoy.package.export', targetType: 'decoy_conversation', targetId: conv.id, details: { sha256: pkg.sha256 } });

  return ok({ zip: pkg.zip, sha256: pkg.sha256, fileName: `politiemelding-${conv.id}.zip` });
};
