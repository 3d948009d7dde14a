import type { AppContext } from '../../../app/context.ts';
import { isUuid } from '../../../app/forms.ts';
import { selectConversation, selectConversationsWith, selectInboundMessages } from './queries.ts';

/**
 * Reads for a data-subject request (issue 19 point 5), used by the subject-requests module, which
 * has checked the privacy officer's access and logs the search: conversations with the person as
 * responder, and what they wrote themselves.
 */

export const SUBJECT_CONVERSATION_LIMIT = 100;

const digits = (s: string) => {
  const d = s.replace(/\D/g, '');
  return d.startsWith('31') ? `0${d.slice(2)}` : d;
};

export type ConversationForSubject = NonNullable<Awaited<ReturnType<typeof selectConversation>>> & { inbound?: Array<{ at: Date; text: string }> };

export const findConversationsWith = async (ctx: AppContext, terms: { handles: string[]; phones: string[]; emails: string[] }) => {
  const handles = terms.handles.map((h) => h.trim().toLowerCase().replace(/^.*:\s*/, '').replace(/^@/, '')).filter((h) => h.length >= 2);
  // Stored numbers are compared by their digits, in both the 06… and the 316… form.
  const phones = terms.phones.map(digits).filter((d) => d.length >= 6).flatMap((d) => [d, d.startsWith('0') ? `31${d.slice(1)}` : d]);
  const emails = terms.emails.map((e) => e.trim().toLowerCase()).filter((e) => e.includes('@'));

  return selectConversationsWith(ctx.db, { handles, phones, emails }, SUBJECT_CONVERSATION_LIMIT);
};

/** One conversation with the responder's own messages, for the answer to a request. */
export const conversationForSubject = async (ctx: AppContext, id: string): Promise<ConversationForSubject | null> => {
  if (!isUuid(id)) return null;
  const row = await selectConversation(ctx.db, id);
  if (!row) return null;

  return { ...row, inbound: await selectInboundMessages(ctx.db, id) };
};
