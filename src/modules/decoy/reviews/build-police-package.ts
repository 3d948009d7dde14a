import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { logAccess, recordAuditEvent } from '../../audit/index.ts';
import { buildSignedPackage, loadSigningKey, vangnetVersion } from '../../evidence/index.ts';
import type { DecoyActor } from '../access.ts';
import { type MessageRow, selectConversation, selectMessages } from '../queries/conversations.ts';
import { selectProfile } from '../queries/profiles.ts';
import { selectAuditOfConversation, selectReviews } from '../queries/reviews.ts';
import { selectScriptVersion } from '../queries/scripts.ts';

const PACKAGE_STATES = ['evidence_frozen', 'police_notified', 'closed_notified'];

const utc = (d: Date | null) => (d ? d.toISOString() : null);

const transcriptLine = (m: MessageRow, disclosureId: string | null) =>
  `${m.seq}\t${m.at.toISOString()}\t${m.direction === 'in' ? 'AFZENDER' : 'LOKPROFIEL'}${m.id === disclosureId ? '\t[EXPLICIETE LEEFTIJDSMELDING]' : ''}${m.loggedOnly ? '\t[na waarschuwing, niet beantwoord]' : ''}\t${m.text.replace(/\s+/g, ' ')}${m.mediaName ? `\t[beeld niet opgeslagen: ${m.mediaName} ${m.mediaType} ${m.mediaSize} bytes${m.mediaSha256 ? ` sha256 ${m.mediaSha256}` : ''}]` : ''}\tsha256 ${m.sha256}`;

/**
 * The police notification package (issue 15 point 7, research F3): the decoy as published, the full
 * transcript with the disclosure marked, identifiers and how they were obtained, hashes and the
 * custody log, every template used (proof of passivity), warning and any answer, the four-eyes
 * decisions. Signed like the handover package, so `vangnet verify-package` checks it.
 */
export const buildPolicePackage = async (ctx: AppContext, conversationId: string, actor: DecoyActor): Promise<Result<{ zip: Buffer; sha256: string; fileName: string }>> => {
  if (!hasAccess(['decoy_operator', 'legal_reviewer'], actor.roles)) return fail(problem('forbidden', { nl: 'Dit mag uw rol niet.', en: 'Your role may not do this.' }));
  const conv = await selectConversation(ctx.db, conversationId);
  if (!conv) return fail(problem('not_found', { nl: 'Dit gesprek bestaat niet.', en: 'This conversation does not exist.' }));
  if (!PACKAGE_STATES.includes(conv.state)) return fail(problem('conflict', { nl: 'Het pakket bestaat pas als het bewijs is vastgezet.', en: 'The package exists only once the evidence is frozen.' }));
  const profile = await selectProfile(ctx.db, conv.profileId);
  const messages = await selectMessages(ctx.db, conv.id);
  const ad = await selectScriptVersion(ctx.db, conv.adScriptVersionId);
  const templateIds = [...new Set(messages.map((m) => m.scriptVersionId).filter((s): s is string => Boolean(s)))];
  const templates = (await Promise.all(templateIds.map((id) => selectScriptVersion(ctx.db, id)))).filter((s) => s !== null);
  const warnedAt = conv.warnedAt;
  const content = {
    kind: 'vangnet-decoy-police-notification',
    framing: 'Er was geen echt kind: dit is een signaal aan de politie, geen aangifte, tenzij de elementen van art. 251 Sr aanwezig zijn (onderzoeksnotitie F4).',
    conversation: { id: conv.id, state: conv.state, statedAge: conv.statedAge, platform: conv.platform, openedAt: utc(conv.openedAt), disclosureMessageId: conv.disclosureMessageId, disclosedAt: utc(conv.disclosedAt), warnedAt: utc(warnedAt), frozenAt: utc(conv.frozenAt), frozenHash: conv.frozenHash, repeatResponder: conv.repeatResponder, imageReceived: conv.imageReceived, policeReference: conv.policeReference },
    decoyAsPublished: profile
      ? { name: profile.name, platform: profile.platform, handle: profile.handle, url: profile.url, statedAge: profile.statedAge, text: ad?.text ?? null, adScriptVersionId: conv.adScriptVersionId, adScriptVersion: ad?.version ?? null, imageProvenance: profile.imageProvenance, imageConsentRef: profile.imageConsentRef, liveFrom: utc(profile.liveFrom), endedAt: utc(profile.endedAt), legalBasisNote: profile.legalBasisNote }
      : null,
    responder: {
      handle: conv.responderHandle,
      url: conv.responderUrl,
      phone: conv.responderPhone,
      email: conv.responderEmail,
      howObtained: 'Gegeven door de afzender zelf in het gesprek of zichtbaar op zijn openbare profiel; vastgelegd door de lokprofiel-medewerker. Geen andere bronnen.',
    },
    transcript: messages.map((m) => ({
      seq: m.seq,
      at: m.at.toISOString(),
      direction: m.direction,
      platformMessageId: m.platformMessageId,
      text: m.text,
      source: m.source,
      scriptVersionId: m.scriptVersionId,
      operatorId: m.operatorId,
      approverId: m.approverId,
      media: m.mediaName ? { name: m.mediaName, type: m.mediaType, size: m.mediaSize, sha256: m.mediaSha256, stored: false } : null,
      isDisclosure: m.id === conv.disclosureMessageId,
      afterWarning: warnedAt !== null && m.direction === 'in' && m.seq > (messages.find((x) => x.scriptVersionId === conv.warningScriptVersionId)?.seq ?? Number.MAX_SAFE_INTEGER),
      recordedAt: m.recordedAt.toISOString(),
      sha256: m.sha256,
      prevHash: m.prevHash,
    })),
    passivity: {
      statement: 'Elk uitgaand bericht is een goedgekeurde versie uit de scriptbibliotheek, per bericht door een mens goedgekeurd; er is geen vrije of gegenereerde tekst verstuurd.',
      templates: templates.map((s) => ({ id: s.id, kind: s.kind, variant: s.variant, version: s.version, approvedAt: utc(s.approvedAt), approvedBy: s.approvedBy })),
    },
    fourEyes: (await selectReviews(ctx.db, conv.id)).map((r) => ({ kind: r.kind, proposedBy: r.proposedBy, proposedAt: utc(r.proposedAt), details: r.details, decidedBy: r.decidedBy, decidedAt: utc(r.decidedAt), decision: r.decision, reason: r.decisionReason })),
    custodyLog: (await selectAuditOfConversation(ctx.db, conv.id)).map((e) => ({ seq: e.seq, at: e.at.toISOString(), actor: e.actor, action: e.action, hash: e.hash })),
  };
  const transcript = [`Gesprek ${conv.id} — opgegeven leeftijd ${conv.statedAge} — ${conv.platform}`, ...messages.map((m) => transcriptLine(m, conv.disclosureMessageId))].join('\n');
  const created = ctx.clock.now();
  const pkg = buildSignedPackage({
    files: [
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
