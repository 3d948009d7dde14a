import type { View } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { daysLeft } from '../requests/deadline.ts';
import { requestText } from '../texts.ts';

/** "nog 12 dagen" / "3 dagen te laat", from the page's clock (view.now), so tests can move it. */
export const countdownText = (view: View, deadlineOn: string) => pick(requestText, view.lang).countdown(daysLeft(deadlineOn, view.now));
