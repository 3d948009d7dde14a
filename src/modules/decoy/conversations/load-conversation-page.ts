import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import type { DecoyActor } from '../access.ts';
import { validGovernance } from '../governance/governance.ts';
import { type ConversationRow, type MessageRow, selectConversation, selectMessages } from '../queries/conversations.ts';
import { selectUserNames } from '../queries/names.ts';
import { type ProfileRow, selectProfile } from '../queries/profiles.ts';
import { type ReviewRow, selectReviews } from '../queries/reviews.ts';
import { type ScriptRow, selectScriptVersion, selectUsableScripts } from '../queries/scripts.ts';
import { deliveredText } from '../scripts/script-text.ts';
import { OUTBOUND, type State } from './workflow.ts';

export type ConversationPageData = {
  conv: ConversationRow;
  profile: ProfileRow;
  messages: MessageRow[];
  scripts: Map<string, ScriptRow>;
  nextScripts: { script: ScriptRow; text: string }[];
  reviews: ReviewRow[];
  names: Map<string, string>;
  open: boolean;
};

/** Everything the conversation page shows; the read is access-logged (every read of a decoy conversation). */
export const loadConversationPage = async (ctx: AppContext, id: string, viewer: DecoyActor, reason?: string): Promise<ConversationPageData | null> => {
  const conv = await selectConversation(ctx.db, id);
  if (!conv) return null;
  await logAccess(ctx.db, { user: viewer, recordType: 'decoy_conversation', recordId: conv.id, reason });
  const profile = (await selectProfile(ctx.db, conv.profileId)) as ProfileRow;
  const messages = await selectMessages(ctx.db, conv.id);
  const scripts = new Map<string, ScriptRow>();
  for (const sid of new Set(messages.map((m) => m.scriptVersionId).filter((s): s is string => Boolean(s)))) {
    const s = await selectScriptVersion(ctx.db, sid);
    if (s) scripts.set(sid, s);
  }
  const kinds = OUTBOUND[conv.state as State] ?? [];
  const usable = profile.status === 'live' && kinds.length > 0 ? await selectUsableScripts(ctx.db, kinds) : [];
  // The one template the state machine allows next: explicit disclosure first, one of each kind.
  const nextScripts = usable
    .filter((s) => !(s.kind === 'clarification' && conv.clarifyCount > 0))
    .filter((s) => !(s.kind === 'age_disclosure' && conv.disclosureMessageId))
    .filter((s) => !messages.some((m) => m.scriptVersionId && scripts.get(m.scriptVersionId)?.kind === s.kind && (s.kind === 'help_only' || s.kind === 'closing')))
    .sort((a, b) => (a.variant === 'expliciet' ? -1 : b.variant === 'expliciet' ? 1 : 0))
    .map((script) => ({ script, text: deliveredText(script, ctx.config.publicBaseUrl) }));
  const reviews = await selectReviews(ctx.db, conv.id);
  const names = await selectUserNames(ctx.db, [...reviews.flatMap((r) => [r.proposedBy, r.decidedBy ?? '']), ...messages.flatMap((m) => [m.operatorId ?? '', m.approverId ?? ''])]);

  return { conv, profile, messages, scripts, nextScripts, reviews, names, open: (await validGovernance(ctx)) !== null };
};
