import type { Db } from '../../../db/client.ts';
import { selectAllConversationsForFigures, selectAllWarningMessages, selectHelpVisits, selectUsableScriptsAll } from '../queries/deterrence.ts';
import { selectProfiles } from '../queries/profiles.ts';

export type VariantFigures = { scriptVersionId: string; variant: string; version: number; helpCode: string | null; warnings: number; helpVisits: number; stoppedAfterWarning: number };
export type DecoyFigures = { profileId: string; name: string; responses: number; daysLive: number; disclosed: number; stoppedAfterDisclosure: number; continued: number; warnings: number; notifications: number };
export type DeterrenceFigures = {
  decoys: DecoyFigures[];
  variants: VariantFigures[];
  totals: { responses: number; disclosed: number; stoppedAfterDisclosure: number; continued: number; warnings: number; stoppedAfterWarning: number; warnedWithRepeat90: number; notifications: number; policeOutcomes: Record<string, number> };
};

const CONTINUED = ['continuation_review', 'warning_sent', 'evidence_frozen', 'police_notified', 'closed_notified'];
const DAY = 86_400_000;

/**
 * The deterrence figures (issue 15 point 8): counts only, per decoy and per warning variant. "Stopped
 * after the disclosure" = disclosed and closed without continuing (no reply in 72 h, or desisted);
 * "stopped after the warning" = no inbound message after the warning; "repeat" = the same handle or
 * phone at any decoy within 90 days after the warning.
 */
export const computeDeterrenceFigures = async (db: Db, now: Date): Promise<DeterrenceFigures> => {
  const [profiles, convs, warningMsgs, visits, scripts] = await Promise.all([selectProfiles(db), selectAllConversationsForFigures(db), selectAllWarningMessages(db), selectHelpVisits(db), selectUsableScriptsAll(db)]);
  const warnedSeq = new Map(warningMsgs.map((w) => [w.conversationId, w.seq]));
  const stoppedAfterWarning = new Set(convs.filter((c) => warnedSeq.has(c.id) && c.lastInboundSeq !== null && c.lastInboundSeq < (warnedSeq.get(c.id) ?? 0)).map((c) => c.id));
  for (const c of convs) if (warnedSeq.has(c.id) && c.lastInboundSeq === null) stoppedAfterWarning.add(c.id);
  const stoppedAfterDisclosure = (c: (typeof convs)[number]) => c.disclosureMessageId !== null && (c.state === 'closed_no_continuation' || c.state === 'closed_desisted') && !CONTINUED.includes(c.state);
  const byKey = new Map<string, (typeof convs)[number][]>();
  for (const c of convs) for (const key of [`h:${c.handle}`, c.phone ? `p:${c.phone}` : '']) if (key) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  const repeat90 = convs.filter((c) => c.warnedAt).filter((c) => {
    const others = [...(byKey.get(`h:${c.handle}`) ?? []), ...(c.phone ? (byKey.get(`p:${c.phone}`) ?? []) : [])];
    return others.some((o) => o.id !== c.id && o.openedAt > (c.warnedAt as Date) && o.openedAt.getTime() - (c.warnedAt as Date).getTime() <= 90 * DAY);
  }).length;
  const decoys = profiles.map((p) => {
    const mine = convs.filter((c) => c.profileId === p.id);
    const end = p.endedAt ?? now;
    return {
      profileId: p.id,
      name: p.name,
      responses: mine.length,
      daysLive: p.liveFrom ? Math.max(1, Math.ceil((end.getTime() - p.liveFrom.getTime()) / DAY)) : 0,
      disclosed: mine.filter((c) => c.disclosureMessageId).length,
      stoppedAfterDisclosure: mine.filter(stoppedAfterDisclosure).length,
      continued: mine.filter((c) => CONTINUED.includes(c.state)).length,
      warnings: mine.filter((c) => warnedSeq.has(c.id)).length,
      notifications: mine.filter((c) => c.notifiedAt).length,
    };
  });
  const visitsByCode = new Map(visits.map((v) => [v.helpCode, Number(v.visits)]));
  const variants = scripts
    .filter((s) => s.kind === 'warning')
    .map((s) => {
      const warned = warningMsgs.filter((w) => w.scriptVersionId === s.id).map((w) => w.conversationId);
      return { scriptVersionId: s.id, variant: s.variant, version: s.version, helpCode: s.helpCode, warnings: warned.length, helpVisits: s.helpCode ? (visitsByCode.get(s.helpCode) ?? 0) : 0, stoppedAfterWarning: warned.filter((id) => stoppedAfterWarning.has(id)).length };
    });
  const policeOutcomes: Record<string, number> = {};
  for (const c of convs) if (c.policeOutcome) policeOutcomes[c.policeOutcome] = (policeOutcomes[c.policeOutcome] ?? 0) + 1;

  return {
    decoys,
    variants,
    totals: {
      responses: convs.length,
      disclosed: convs.filter((c) => c.disclosureMessageId).length,
      stoppedAfterDisclosure: convs.filter(stoppedAfterDisclosure).length,
      continued: convs.filter((c) => CONTINUED.includes(c.state)).length,
      warnings: warnedSeq.size,
      stoppedAfterWarning: stoppedAfterWarning.size,
      warnedWithRepeat90: repeat90,
      notifications: convs.filter((c) => c.notifiedAt).length,
      policeOutcomes,
    },
  };
};
