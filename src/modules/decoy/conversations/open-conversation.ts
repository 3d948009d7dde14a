import type { AppContext } from '../../../app/context.ts';
import { fail, ok, type Problem, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { DECOY_OPERATORS, type DecoyActor } from '../access.ts';
import { checkTypedMessage } from './check-message.ts';
import { CLOSED_PROBLEM, validGovernance } from '../governance/governance.ts';
import { indexContact } from './index-contact.ts';
import { GENESIS } from './message-chain.ts';
import type { TypedMessage } from './parse-message.ts';
import { type ConversationRow, insertConversation, lockConversation, selectOtherConversationsOfResponder, updateConversation } from '../queries/conversations.ts';
import { type ProfileRow, selectProfile } from '../queries/profiles.ts';
import { type Inbound, receiveInbound } from './receive-inbound.ts';
import type { Db } from '../../../db/client.ts';

export type OpenConversationInput = {
  profileId: string;
  responderHandle: string;
  responderUrl: string;
  responderPhone: string;
  responderEmail: string;
  first: TypedMessage;
};

/**
 * A contact came in on a live decoy. A conversation exists only because the responder wrote first
 * (the decoy never starts contact): it is opened with that inbound message. The stated age, platform
 * and ad version are frozen here.
 */
export const openConversation = async (ctx: AppContext, input: OpenConversationInput, actor: DecoyActor): Promise<Result<ConversationRow>> => {
  if (!hasAccess(DECOY_OPERATORS, actor.roles)) return fail(problem('forbidden', { nl: 'Alleen een lokprofiel-medewerker legt gesprekken vast.', en: 'Only a decoy operator records conversations.' }));
  if (!(await validGovernance(ctx))) return fail(problem('closed', CLOSED_PROBLEM));
  const profile = await selectProfile(ctx.db, input.profileId);
  if (!profile) return fail(problem('not_found', { nl: 'Dit profiel bestaat niet.', en: 'This profile does not exist.' }));
  if (profile.status !== 'live') return fail(problem('not_live', { nl: 'Dit profiel staat niet live. Alleen een live profiel ontvangt contacten.', en: 'This profile is not live. Only a live profile receives contacts.' }));
  const problems: Problem[] = checkTypedMessage(input.first, ctx.clock.now());
  if (input.responderHandle.length === 0) problems.push(problem('required', { nl: 'Vul de naam of handle van de afzender in.', en: 'Enter the sender’s handle.' }, 'responderHandle'));
  for (const f of ['responderHandle', 'responderUrl', 'responderPhone', 'responderEmail'] as const) {
    if (input[f].length > 300) problems.push(problem('too_long', { nl: 'Te lang: hoogstens 300 tekens.', en: 'Too long: at most 300 characters.' }, f));
  }
  if (problems.length > 0) return fail(...problems);

  const now = ctx.clock.now();
  const first: Inbound = { at: input.first.at as Date, platformMessageId: input.first.platformMessageId, text: input.first.text, source: 'typed', operatorId: actor.id };
  const conv = await ctx.db.transaction(async (tx) => startConversation(tx, profile, input, first, { userId: actor.id, label: actor.email }, now));

  return ok(conv);
};

/**
 * Opens a conversation with the responder's first message, in the caller's transaction: frozen age,
 * platform and ad version, the message hashed and classified, repeat responders flagged, identifiers
 * indexed, an audit line. Shared by the typed contact and the channel webhook (no person: userId null).
 */
export const startConversation = async (
  tx: Db,
  profile: ProfileRow,
  responder: Pick<OpenConversationInput, 'responderHandle' | 'responderUrl' | 'responderPhone' | 'responderEmail'>,
  first: Inbound,
  by: { userId: string | null; label: string },
  now: Date,
): Promise<ConversationRow> => {
  const created = await insertConversation(tx, {
    profileId: profile.id,
    state: 'triage',
    statedAge: profile.statedAge,
    platform: profile.platform,
    adScriptVersionId: profile.adScriptVersionId,
    responderHandle: responder.responderHandle,
    responderUrl: responder.responderUrl || null,
    responderPhone: responder.responderPhone || null,
    responderEmail: responder.responderEmail || null,
    openedBy: by.userId,
    openedAt: now,
    headHash: GENESIS,
  });
  const locked = (await lockConversation(tx, created.id)) as ConversationRow;
  const { conv: after } = await receiveInbound(tx, locked, first, now);
  // The same responder at another decoy: flagged for the police package, never messaged again automatically.
  const others = await selectOtherConversationsOfResponder(tx, { id: created.id, profileId: profile.id, handle: responder.responderHandle, phone: responder.responderPhone || null });
  let final = after;
  if (others.length > 0) {
    await updateConversation(tx, created.id, { repeatResponder: true });
    for (const o of others) await updateConversation(tx, o.id, { repeatResponder: true });
    final = { ...after, repeatResponder: true };
  }
  await indexContact(tx, final);
  await recordAuditEvent(tx, { actor: by, action: 'decoy.conversation.open', targetType: 'decoy_conversation', targetId: created.id, details: { profileId: profile.id, statedAge: profile.statedAge, repeat: others.length > 0, source: first.source } });

  return final;
};
