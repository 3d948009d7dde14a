import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { findUserById } from '../../accounts/index.ts';
import { decideLink, LINK_DECISIONS, type LinkDecision, linkHistory, viewerMayOpen, type SourceRef, type SimilarHandle, suggestLinks } from '../../identifiers/index.ts';
import { FormReader } from '../parse.ts';
import { findSubject, listSubjects } from '../queries/people.ts';
import type { SubjectRow } from '../queries/shared.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { linksText } from './texts-links.ts';

const REASON_MAX = 2000;

export type Suggestion = {
  subject: SubjectRow;
  other: SourceRef;
  /** The other person's name, when the other source is a person in a dossier the viewer may open. */
  otherName: string | null;
  reasons: string[];
  /** Near-identical handles ("lijkt op @x"): weaker than a shared identifier. */
  similar: SimilarHandle[];
  decided: LinkDecision | null;
};

export type HistoryEntry = { decision: string; reason: string; by: string; at: Date };

const personRef = (dossierId: string, subjectId: string): SourceRef => ({ type: 'dossier_person', id: `${dossierId}/${subjectId}` });

const otherPerson = async (ctx: AppContext, other: SourceRef): Promise<SubjectRow | null> => {
  if (other.type !== 'dossier_person') return null;
  const [dossierId, subjectId] = other.id.split('/');

  return dossierId && subjectId ? findSubject(ctx.db, dossierId, subjectId) : null;
};

/** Every suggestion for the (not merged) people of this dossier, only with sources the viewer may open. */
export const loadSuggestions = async (ctx: AppContext, access: DossierAccess): Promise<{ suggestions: Suggestion[]; hidden: number }> => {
  const mayOpen = viewerMayOpen(ctx, access.actor);
  const people = (await listSubjects(ctx.db, access.dossier.id)).filter((s) => !s.mergedInto);
  const suggestions: Suggestion[] = [];
  let hidden = 0;
  for (const subject of people) {
    const found = await suggestLinks(ctx.db, { source: personRef(access.dossier.id, subject.id), mayOpen, sourceTypes: ['dossier_person', 'report', 'evidence', 'ad'] });
    hidden += found.hidden;
    for (const s of found.suggestions) {
      // Two people of the same dossier are a merge question, which the people section already asks.
      if (s.other.type === 'dossier_person' && s.other.id.startsWith(`${access.dossier.id}/`)) continue;
      suggestions.push({ subject, other: s.other, otherName: (await otherPerson(ctx, s.other))?.name ?? null, reasons: s.reasons, similar: s.similar, decided: s.decided });
    }
  }

  return { suggestions, hidden };
};

/**
 * The pair a decision form is about, or null: a person of this dossier and another dossier person
 * that suggestLinks offers to this viewer. Checking against the suggestions means nobody can record
 * a decision about a person they may not open, or about two unrelated people.
 */
export const findPair = async (ctx: AppContext, access: DossierAccess, subjectId: string, otherId: string): Promise<Suggestion | null> => {
  const subject = await findSubject(ctx.db, access.dossier.id, subjectId);
  if (!subject || subject.mergedInto) return null;
  const found = await suggestLinks(ctx.db, { source: personRef(access.dossier.id, subject.id), mayOpen: viewerMayOpen(ctx, access.actor) });
  const s = found.suggestions.find((x) => x.other.type === 'dossier_person' && x.other.id === otherId);
  if (!s) return null;

  return { subject, other: s.other, otherName: (await otherPerson(ctx, s.other))?.name ?? null, reasons: s.reasons, similar: s.similar, decided: s.decided };
};

const sides = (pair: Suggestion) => [{ type: 'subject' as const, id: pair.subject.id }, { type: 'subject' as const, id: pair.other.id.split('/')[1] ?? '' }] as const;

/** Earlier decisions on this pair, newest first, with the name of who decided. */
export const loadHistory = async (ctx: AppContext, pair: Suggestion): Promise<HistoryEntry[]> => {
  const [a, b] = sides(pair);
  const rows = await linkHistory(ctx.db, a, b);
  const names = new Map<string, string>();
  for (const r of rows) if (!names.has(r.decidedBy)) names.set(r.decidedBy, (await findUserById(ctx.db, r.decidedBy))?.name ?? '—');

  return rows.map((r) => ({ decision: r.decision, reason: r.reason, by: names.get(r.decidedBy) ?? '—', at: r.decidedAt }));
};

export type DecideResult = { ok: true } | { ok: false; values: Record<string, string>; errors: Record<string, string | undefined> };

/** Records same / not the same / unsure with a reason (decideLink audits it). Nothing merges. */
export const decidePair = async (ctx: AppContext, access: DossierAccess, pair: Suggestion, body: FormBody, lang: Lang): Promise<DecideResult> => {
  const t = pick(linksText, lang);
  const f = new FormReader(body, lang);
  const decision = f.choice('besluit', LINK_DECISIONS);
  if (f.errors.besluit) f.fail('besluit', t.missingDecision);
  const reason = f.text('reden', REASON_MAX, { required: t.missingReason });
  if (!f.ok) return { ok: false, values: f.values, errors: f.errors };
  const [a, b] = sides(pair);
  const result = await decideLink(ctx.db, { a, b, decision, reason, user: { id: access.actor.id, label: access.actor.name } });
  if (!result.ok) return { ok: false, values: f.values, errors: { reden: t.missingReason } };

  return { ok: true };
};
