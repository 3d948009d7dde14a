// The decoy module's public face: what other modules may use.
export { DECOY_READERS } from './access.ts';
// Data-subject requests (subject-requests): conversations with the person as responder.
export { conversationForSubject, findConversationsWith } from './subject-search/subject-conversations.ts';
export type { ConversationForSubject } from './subject-search/subject-conversations.ts';
