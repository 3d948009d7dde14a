import type { View } from '../../../../app/view.ts';
import type { QueueRow } from '../list-open-conversations.ts';
import { stateLabels, type State } from '../../conversations/workflow.ts';
import { CONV_LABELS } from '../../conversations/views/conversation-page.tsx';

/** Open conversations waiting for a human, oldest first, with the rules' suggestion and its words. */
export const QueueSection = ({ view, rows }: { view: View; rows: QueueRow[] }) => {
  const l = CONV_LABELS[view.lang];
  const title = view.lang === 'en' ? 'Waiting for a human' : 'Wacht op een mens';

  return (
    <section aria-labelledby="queue-title">
      <h2 class="utrecht-heading-2" id="queue-title">
        {title}
      </h2>
      <ul class="utrecht-unordered-list" id="queue">
        {rows.map((r) => (
          <li data-conversation={r.id} data-state={r.state} data-suggestion={r.suggestion ?? undefined}>
            <a href={`/lokprofielen/gesprekken/${r.id}`}>{r.handle}</a> — {stateLabels[r.state as State]?.[view.lang] ?? r.state}
            {r.suggestion ? ` — ${l.suggestion}: ${l.actions[r.suggestion as keyof typeof l.actions]}` : ''}
            {r.labels.length > 0 ? ` (${r.labels.map((h) => `${h.label}: ${h.words.join(', ')}`).join('; ')})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
};
