import type { Db } from '../../../db/client.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { insertLinkDecision, listLinkDecisions } from '../queries.ts';

export const LINK_DECISIONS = ['same', 'not_same', 'unsure'] as const;
export type LinkDecision = (typeof LINK_DECISIONS)[number];

/** Two people or operators in dossiers (`subject`), or two identifiers (`identifier`). */
export type LinkSide = { type: 'subject' | 'identifier'; id: string };

const REASON_MAX = 2000;

/** The pair in a fixed order, so "A with B" and "B with A" are the same question. */
const ordered = (a: LinkSide, b: LinkSide): [LinkSide, LinkSide] => (`${a.type}:${a.id}` <= `${b.type}:${b.id}` ? [a, b] : [b, a]);

/**
 * Records a person's judgement that two things are the same, not the same, or that they are unsure,
 * with why. This is only a record: nothing is merged or changed because of it. The decision is also
 * written to the audit log in the same transaction.
 */
export const decideLink = async (
  db: Db,
  input: { a: LinkSide; b: LinkSide; decision: LinkDecision; reason: string; user: { id: string; label: string } },
) => {
  const reason = input.reason.trim();
  if (!reason) return { ok: false as const, reason: 'reason_missing' as const };
  if (reason.length > REASON_MAX) return { ok: false as const, reason: 'reason_too_long' as const };
  if (input.a.type === input.b.type && input.a.id === input.b.id) return { ok: false as const, reason: 'same_side' as const };
  const [a, b] = ordered(input.a, input.b);

  return db.transaction(async (tx) => {
    const row = await insertLinkDecision(tx, { aType: a.type, aId: a.id, bType: b.type, bId: b.id, decision: input.decision, reason, decidedBy: input.user.id });
    await recordAuditEvent(tx, {
      actor: { userId: input.user.id, label: input.user.label },
      action: 'link.decide',
      targetType: 'link_decision',
      targetId: row?.id,
      details: { a: `${a.type}:${a.id}`, b: `${b.type}:${b.id}`, decision: input.decision },
    });

    return { ok: true as const, decision: row };
  });
};

/** Every decision on this pair, newest (the current view) first. */
export const linkHistory = (db: Db, x: LinkSide, y: LinkSide) => {
  const [a, b] = ordered(x, y);

  return listLinkDecisions(db, a, b);
};
