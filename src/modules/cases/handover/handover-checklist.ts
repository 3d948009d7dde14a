import type { HandOverCheck } from './can-hand-over.ts';
import { handoverStatusProblem, isStatus } from '../dossier/workflow.ts';
import { type SectionPage, sectionHref } from '../dossier/sections.ts';

type Text = { nl: string; en: string };

/** done: in order; todo: someone here must act; waiting: another person must act. */
export type ChecklistState = 'done' | 'todo' | 'waiting';

export type ChecklistItem = { key: 'status' | 'basis' | 'approval'; state: ChecklistState; text: Text; fixes: { href: string; label: Text }[] };

type Input = {
  dossierId: string;
  status: string;
  /** canHandOver for police_om. */
  check: HandOverCheck | undefined;
  exceptions: readonly { id: string; purpose: string; decision: string | null }[];
  handovers: readonly { id: string; approvedAt: Date | null }[];
};

/**
 * What a handover to police/OM needs, item by item (issue 14): the status, a ground (consent or an
 * approved exception, hard rule 3) and a second person's approval. The same list is shown before the
 * request button and gives the refusal its words, so page and refusal never disagree.
 */
export const handoverChecklist = ({ dossierId, status, check, exceptions, handovers }: Input): ChecklistItem[] => {
  // The fixes live on other section pages of the dossier (sections.ts), so each link names its page.
  const at = (page: SectionPage, anchor: string) => `${sectionHref(dossierId, page)}#${anchor}`;
  const statusProblem = isStatus(status) ? handoverStatusProblem(status) : { nl: 'Onbekende status.', en: 'Unknown status.' };
  const approved = handovers.find((h) => h.approvedAt);
  const pending = handovers.find((h) => !h.approvedAt);
  const exceptionPending = exceptions.some((e) => e.purpose === 'police_om' && !e.decision);

  const statusItem: ChecklistItem =
    statusProblem && !approved
      ? { key: 'status', state: 'todo', text: statusProblem, fixes: [{ href: at('overzicht', 'status-status'), label: { nl: 'Status wijzigen', en: 'Change status' } }] }
      : { key: 'status', state: 'done', text: approved ? { nl: 'Het dossier is overgedragen.', en: 'The dossier has been handed over.' } : { nl: 'Het dossier staat op ‘besluit’.', en: 'The dossier is at ‘decision’.' }, fixes: [] };

  const basisItem: ChecklistItem = check?.ok
    ? { key: 'basis', state: 'done', text: check.reason, fixes: [] }
    : exceptionPending
      ? {
          key: 'basis',
          state: 'waiting',
          text: { nl: 'Er is een uitzondering aangevraagd. Een teamleider die hem niet zelf aanvroeg moet er nog over beslissen.', en: 'An exception was requested. A supervisor who did not request it still has to decide on it.' },
          fixes: [{ href: at('toestemming', 'uitzonderingen'), label: { nl: 'Naar de uitzonderingen', en: 'Go to the exceptions' } }],
        }
      : {
          key: 'basis',
          state: 'todo',
          text: check?.reason ?? { nl: 'Er is geen toestemming en geen goedgekeurde uitzondering.', en: 'There is no consent and no approved exception.' },
          fixes: [
            { href: at('toestemming', 'toestemming-doel'), label: { nl: 'Toestemming vastleggen', en: 'Record consent' } },
            { href: at('toestemming', 'uitzondering-doel'), label: { nl: 'Uitzondering aanvragen (acuut gevaar, conflict van plichten)', en: 'Request an exception (acute danger, conflict of duties)' } },
          ],
        };

  const approvalItem: ChecklistItem = approved
    ? { key: 'approval', state: 'done', text: { nl: 'Een tweede persoon keurde de overdracht goed.', en: 'A second person approved the handover.' }, fixes: [] }
    : pending
      ? {
          key: 'approval',
          state: 'waiting',
          text: { nl: 'De overdracht is aangevraagd. Nu moet een teamleider die de aanvraag niet zelf deed hem goedkeuren.', en: 'The handover was requested. Now a supervisor who did not request it must approve it.' },
          fixes: [{ href: at('overdracht', `overdracht-${pending.id}`), label: { nl: 'Naar de aanvraag', en: 'Go to the request' } }],
        }
      : {
          key: 'approval',
          state: 'todo',
          text: {
            nl: 'Na de aanvraag keurt een teamleider die de aanvraag niet zelf deed de overdracht goed (vier ogen). Pas dan maakt Vangnet het pakket.',
            en: 'After the request, a supervisor who did not make it approves the handover (four eyes). Only then does Vangnet build the package.',
          },
          fixes: [],
        };

  return [statusItem, basisItem, approvalItem];
};

/** Why a request is refused now: every item before the approval that is not in order. */
export const requestProblems = (items: readonly ChecklistItem[]): Text[] => items.filter((i) => i.key !== 'approval' && i.state !== 'done').map((i) => i.text);
