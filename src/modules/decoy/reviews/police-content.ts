import type { Db } from '../../../db/client.ts';
import { type ConversationRow, selectMessages } from '../queries/conversations.ts';
import { selectUserNames } from '../queries/names.ts';
import { selectProfile } from '../queries/profiles.ts';
import { selectAuditOfConversation, selectReviews } from '../queries/reviews.ts';
import { selectScriptVersion } from '../queries/scripts.ts';

const utc = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * What the police notification says (issue 15 point 7, research F3), once: the JSON file is this
 * object, the PDF reads it (render-police-pdf.ts), so the two can never tell different stories.
 */
export const buildPoliceContent = async (db: Db, conv: ConversationRow) => {
  const profile = await selectProfile(db, conv.profileId);
  const messages = await selectMessages(db, conv.id);
  const ad = await selectScriptVersion(db, conv.adScriptVersionId);
  const templateIds = [...new Set(messages.map((m) => m.scriptVersionId).filter((s): s is string => Boolean(s)))];
  const templates = (await Promise.all(templateIds.map((id) => selectScriptVersion(db, id)))).filter((s) => s !== null);
  const reviews = await selectReviews(db, conv.id);
  const warnedAt = conv.warnedAt;
  const warningSeq = messages.find((x) => x.scriptVersionId === conv.warningScriptVersionId)?.seq ?? Number.MAX_SAFE_INTEGER;
  const staffIds = [...messages.flatMap((m) => [m.operatorId ?? '', m.approverId ?? '']), ...reviews.flatMap((r) => [r.proposedBy, r.decidedBy ?? '']), ...templates.map((s) => s.approvedBy ?? '')];
  const names = await selectUserNames(db, staffIds);
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
      afterWarning: warnedAt !== null && m.direction === 'in' && m.seq > warningSeq,
      recordedAt: m.recordedAt.toISOString(),
      sha256: m.sha256,
      prevHash: m.prevHash,
    })),
    passivity: {
      statement: 'Elk uitgaand bericht is een goedgekeurde versie uit de scriptbibliotheek, per bericht door een mens goedgekeurd; er is geen vrije of gegenereerde tekst verstuurd.',
      templates: templates.map((s) => ({ id: s.id, kind: s.kind, variant: s.variant, version: s.version, approvedAt: utc(s.approvedAt), approvedBy: s.approvedBy })),
    },
    fourEyes: reviews.map((r) => ({ kind: r.kind, proposedBy: r.proposedBy, proposedAt: utc(r.proposedAt), details: r.details, decidedBy: r.decidedBy, decidedAt: utc(r.decidedAt), decision: r.decision, reason: r.decisionReason })),
    custodyLog: (await selectAuditOfConversation(db, conv.id)).map((e) => ({ seq: e.seq, at: e.at.toISOString(), actor: e.actor, action: e.action, hash: e.hash })),
    /** Who the ids above are: the staff who typed, approved and decided. */
    staff: Object.fromEntries(names),
  };

  return { content, messages };
};

export type PoliceContent = Awaited<ReturnType<typeof buildPoliceContent>>['content'];
