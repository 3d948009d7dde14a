import type { Db } from '../../../db/client.ts';
import type { Jobs } from '../../jobs/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { isOriginIndicator, type Lexicon, ZLexicon } from '../indicators/lexicon.ts';
import { LEXICON_V1 } from '../indicators/lexicon-v1.ts';
import { loadLexicon } from '../indicators/load-lexicon.ts';
import { insertLexicon, selectLexiconVersionsLike } from '../queries/lexicon.ts';
import { RESCORE_JOB, rescoreAds } from '../indicators/rescore-ads.ts';

/** What a supervisor may change per indicator. Label, kind and thresholds stay as they are. */
export type IndicatorEdit = { weight: number; patterns: string[]; shownOnly: boolean };

export type LexiconEditor = { id: string; email: string; roles: readonly string[]; ip?: string };

/** Per form field (`weight-<id>`, `patterns-<id>`, `reason`): what is wrong. */
export type LexiconProblem = 'weight' | 'patterns' | 'origin' | 'reason';

export type SaveLexiconResult =
  /** rescored: ads rescored in this call, or 'queued' when the job monitor.rescore does it. */
  | { ok: true; version: string; rescored: number | 'queued' }
  | { ok: false; kind: 'forbidden' }
  | { ok: false; kind: 'stale'; inForce: string }
  | { ok: false; kind: 'invalid'; problems: Record<string, LexiconProblem> };

/** "2026-11-23.3": the date, then one more than the highest number already used that day. */
const nextVersion = async (db: Db, now: Date): Promise<string> => {
  const day = now.toISOString().slice(0, 10);
  const used = [...(await selectLexiconVersionsLike(db, `${day}.`)).map((r) => r.version), LEXICON_V1.version]
    .filter((v) => v.startsWith(`${day}.`))
    .map((v) => Number(v.slice(day.length + 1)) || 0);
  return `${day}.${Math.max(0, ...used) + 1}`;
};

const changesOf = (before: Lexicon, after: Lexicon) => {
  const out: Record<string, Record<string, unknown>> = {};
  for (const b of before.indicators) {
    const a = after.indicators.find((x) => x.id === b.id);
    if (!a) continue;
    const change: Record<string, unknown> = {};
    if (a.weight !== b.weight) change.weight = { from: b.weight, to: a.weight };
    if ((a.shownOnly ?? false) !== (b.shownOnly ?? false)) change.shownOnly = { from: b.shownOnly ?? false, to: a.shownOnly ?? false };
    const added = a.patterns.filter((p) => !b.patterns.includes(p));
    const removed = b.patterns.filter((p) => !a.patterns.includes(p));
    if (added.length > 0 || removed.length > 0) change.patterns = { added, removed };
    if (Object.keys(change).length > 0) out[b.id] = change;
  }
  return out;
};

/**
 * A supervisor saves a new lexicon version: weights, patterns and "shown only" per indicator, with a
 * reason. The version the form was made from must still be in force (else nothing is saved). The new
 * version is validated by ZLexicon (origin indicators keep weight 0 and shown-only), stored as a new
 * row (the table is append-only) with its audit record in one transaction, and then every ad is
 * rescored with it (regroupAds loads the lexicon in force), so /monitor shows the new scores.
 * With a job queue the rescoring (minutes for 100,000 ads) is the job monitor.rescore, not part of
 * the request; its queue keeps one run waiting at most, and that run loads the newest version.
 */
export const saveLexicon = async (
  db: Db,
  input: { basedOn: string; edits: Record<string, IndicatorEdit>; reason: string; editor: LexiconEditor; now?: Date; jobs?: Jobs | null },
): Promise<SaveLexiconResult> => {
  if (!input.editor.roles.includes('supervisor')) return { ok: false, kind: 'forbidden' };
  const current = await loadLexicon(db);
  const problems: Record<string, LexiconProblem> = {};
  const reason = input.reason.trim();
  if (reason.length < 5 || reason.length > 2000) problems.reason = 'reason';
  const indicators = current.indicators.map((indicator) => {
    const edit = input.edits[indicator.id];
    if (!edit) return indicator;
    // Derived and cross-ad indicators have no patterns to edit.
    const patterns = indicator.kind === 'derived' || indicator.kind === 'cross-ad' ? indicator.patterns : edit.patterns;
    return { ...indicator, weight: edit.weight, patterns, shownOnly: edit.shownOnly ? true : undefined };
  });
  const candidate = { version: 'pending', indicators };
  const parsed = ZLexicon.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [, index, key] = issue.path;
      const id = typeof index === 'number' ? indicators[index]?.id : undefined;
      if (!id) continue;
      const rule = issue.code === 'custom' ? (issue.params as { rule?: string } | undefined)?.rule : undefined;
      const problem: LexiconProblem = rule === 'origin' ? 'origin' : key === 'patterns' ? 'patterns' : 'weight';
      problems[`${problem === 'patterns' ? 'patterns' : 'weight'}-${id}`] ??= problem;
    }
  }
  // The schema's own rule runs only on an otherwise valid lexicon: check origin here too, so the
  // message shows together with any other.
  for (const indicator of indicators) {
    if (isOriginIndicator(indicator.id) && (indicator.weight !== 0 || indicator.shownOnly !== true)) problems[`weight-${indicator.id}`] = 'origin';
  }
  if (Object.keys(problems).length > 0) return { ok: false, kind: 'invalid', problems };
  if (input.basedOn !== current.version) return { ok: false, kind: 'stale', inForce: current.version };

  const version = await nextVersion(db, input.now ?? new Date());
  const lexicon: Lexicon = { version, indicators };
  await db.transaction(async (tx) => {
    await insertLexicon(tx, { version, lexicon, reason, createdBy: input.editor.id });
    await recordAuditEvent(tx, {
      actor: { userId: input.editor.id, label: input.editor.email, ip: input.editor.ip },
      action: 'monitor.lexicon.update',
      targetType: 'monitor_lexicon',
      targetId: version,
      details: { version, previous: current.version, reason, changed: changesOf(current, lexicon) },
    });
  });
  if (input.jobs) {
    // Sent after the commit: the job must find the new version. A send dropped because a run is
    // already waiting is fine, that run loads the lexicon in force when it starts.
    await input.jobs.send(RESCORE_JOB, {});
    return { ok: true, version, rescored: 'queued' };
  }
  const { ads } = await rescoreAds(db);
  return { ok: true, version, rescored: ads };
};
