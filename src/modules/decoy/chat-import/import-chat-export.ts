import { createHash } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import { readChatExport } from '../../../app/chat-export/read-chat-export.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_OPERATORS, type DecoyActor } from '../access.ts';
import { CLOSED_PROBLEM, validGovernance } from '../governance/governance.ts';
import { insertImport } from '../queries/chat-import.ts';
import { lockConversation, selectMessages } from '../queries/conversations.ts';
import { receiveInbound } from '../conversations/receive-inbound.ts';

export type ImportInput = { conversationId: string; bytes: Uint8Array; fileName: string; decoySender: string };
export type ImportSummary = { added: number; alreadyThere: number; decoySide: number; systemLines: number; media: number; sha256: string };

const refuse = (code: string, nl: string, en: string, field?: string) => fail(problem(code, { nl, en }, field));
const utc = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16);

/**
 * Reads a WhatsApp or Telegram export into a conversation, in one transaction: all of it or nothing.
 * The responder's messages are added (idempotent on their id, so importing twice adds nothing); the
 * decoy's own lines must each be a message already sent through Vangnet (an approved script), else
 * the import is refused — the export is then evidence of a message sent outside the library. The
 * file's SHA-256 is the source record; media is named, flagged and never stored.
 */
export const importChatExport = async (ctx: AppContext, input: ImportInput, actor: DecoyActor): Promise<Result<ImportSummary>> => {
  if (!hasAccess(DECOY_OPERATORS, actor.roles)) return refuse('forbidden', 'Alleen een lokprofiel-medewerker leest exports in.', 'Only a decoy operator imports exports.');
  if (!(await validGovernance(ctx))) return fail(problem('closed', CLOSED_PROBLEM));
  const parsed = readChatExport(input.bytes, input.fileName);
  if ('code' in parsed) return fail(problem(`export_${parsed.code}`, parsed.message, 'bestand'));
  if (!parsed.senders.includes(input.decoySender)) {
    return refuse('decoy_sender', `Kies welke naam in de export het lokprofiel is. In deze export staan: ${parsed.senders.slice(0, 10).join(', ')}.`, `Choose which name in the export is the decoy. This export holds: ${parsed.senders.slice(0, 10).join(', ')}.`, 'decoySender');
  }
  const now = ctx.clock.now();
  const future = parsed.messages.findIndex((m) => m.at.getTime() > now.getTime() + 10 * 60_000);
  if (future >= 0) return refuse('future', `Bericht ${future + 1} ligt in de toekomst (${utc(parsed.messages[future]?.at as Date)} UTC). Klopt de klok van de telefoon? Er is niets ingelezen.`, `Message ${future + 1} lies in the future. Is the phone's clock right? Nothing was imported.`, 'bestand');
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');

  return ctx.db.transaction(async (tx) => {
    let conv = await lockConversation(tx, input.conversationId);
    if (!conv) return refuse('not_found', 'Dit gesprek bestaat niet.', 'This conversation does not exist.');
    const existing = await selectMessages(tx, conv.id);
    const sentTexts = new Set(existing.filter((m) => m.direction === 'out').map((m) => m.text.trim()));
    const known = new Set(existing.filter((m) => m.direction === 'in').map((m) => m.platformMessageId));
    const decoyLines = parsed.messages.filter((m) => m.sender === input.decoySender);
    const unknownOut = decoyLines.findIndex((m) => !sentTexts.has(m.text.trim()));
    if (unknownOut >= 0) {
      const m = decoyLines[unknownOut] as (typeof decoyLines)[number];
      return refuse('unsent_decoy_line', `Volgens de export stuurde het lokprofiel om ${utc(m.at)} UTC een bericht dat niet als goedgekeurd script via Vangnet is verstuurd. Er is niets ingelezen. Meld dit aan de juridisch toetser.`, `According to the export the decoy sent a message at ${utc(m.at)} UTC that was not sent through Vangnet as an approved script. Nothing was imported. Tell the legal reviewer.`, 'bestand');
    }
    const inbound = parsed.messages.filter((m) => m.sender !== input.decoySender).sort((a, b) => a.at.getTime() - b.at.getTime());
    let added = 0;
    let media = 0;
    for (const m of inbound) {
      if (known.has(m.platformMessageId)) continue;
      const mediaRecord = m.media ? { name: m.media.name, type: m.media.type, size: m.media.size ?? 0, sha256: null } : null;
      ({ conv } = await receiveInbound(tx, conv, { at: m.at, platformMessageId: m.platformMessageId, text: m.text, source: parsed.format, operatorId: actor.id, media: mediaRecord }, now));
      known.add(m.platformMessageId);
      added += 1;
      if (m.media) media += 1;
    }
    await insertImport(tx, { conversationId: conv.id, format: parsed.format, fileName: input.fileName.slice(0, 200), size: input.bytes.byteLength, sha256, messageCount: added, importedBy: actor.id, importedAt: now });
    const summary = { added, alreadyThere: inbound.length - added, decoySide: decoyLines.length, systemLines: parsed.systemLines, media, sha256 };
    await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: 'decoy.import', targetType: 'decoy_conversation', targetId: conv.id, details: { format: parsed.format, ...summary } });

    return ok(summary);
  });
};
