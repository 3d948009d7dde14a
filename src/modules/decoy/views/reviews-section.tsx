import type { View } from '../../../app/view.ts';
import type { FieldErrors } from '../../../web/components/form.tsx';
import type { ConversationPageData } from '../load-conversation-page.ts';

/** Four-eyes reviews of a conversation (warnings, police notifications). Filled in slice 3. */
export const ReviewsSection = (_props: { view: View; data: ConversationPageData; values?: Record<string, string>; errors?: FieldErrors }) => null;
