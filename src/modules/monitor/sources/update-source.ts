import type { z } from 'zod';
import type { Db } from '../../../db/client.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { type NewSourceInput, ZNewSource } from './create-source.ts';
import { differingFields, type SourceField, sourceFormValues } from './parse-source-form.ts';
import { type NewSource, type SourceRow, selectSource, selectSources, updateSourceIfVersion } from '../queries/sources.ts';

export type SourceEditor = { id: string; email: string; ip?: string };

export type UpdateSourceResult =
  | { ok: true; source: SourceRow; changed: SourceField[]; approvalDropped: boolean }
  | { ok: false; kind: 'invalid'; issues: z.core.$ZodIssue[] }
  | { ok: false; kind: 'basis_too_long' | 'name_taken' | 'not_found' }
  | { ok: false; kind: 'conflict'; current: SourceRow };

/** Changing these widens or moves what is crawled, so an approved robots.txt exception no longer covers it. */
const SCOPE_FIELDS: readonly SourceField[] = ['startUrls', 'allowedUrlPatterns', 'robotsOverrideBasis'];

/**
 * Saves an edit of a source, with the same rules as registering one. `version` is the version the
 * editor's form was made from: if someone saved in between, nothing is written and the current row
 * comes back (the page shows both values). A changed scope or override basis drops an approved
 * robots.txt exception (a supervisor approves again). The change and its audit record (who, which
 * fields, old and new values) commit together.
 */
export const updateSource = async (
  db: Db,
  input: { id: string; version: number; source: NewSourceInput; robotsOverrideBasis: string; editor: SourceEditor },
): Promise<UpdateSourceResult> => {
  const parsed = ZNewSource.safeParse(input.source);
  if (!parsed.success) return { ok: false, kind: 'invalid', issues: parsed.error.issues };
  const basis = input.robotsOverrideBasis.trim();
  if (basis.length > 2000) return { ok: false, kind: 'basis_too_long' };
  const data = parsed.data;
  const others = (await selectSources(db)).filter((s) => s.id !== input.id);
  if (others.some((s) => s.name.toLowerCase() === data.name.toLowerCase())) return { ok: false, kind: 'name_taken' };

  return db.transaction(async (tx): Promise<UpdateSourceResult> => {
    const current = await selectSource(tx, input.id);
    if (!current) return { ok: false, kind: 'not_found' };
    if (current.version !== input.version) return { ok: false, kind: 'conflict', current };
    const changes: Partial<NewSource> = { ...data, robotsOverrideBasis: basis === '' ? null : basis };
    const before = sourceFormValues(current);
    const after = sourceFormValues({ ...current, ...changes } as SourceRow);
    const changed = differingFields(before, after);
    if (changed.length === 0) return { ok: true, source: current, changed, approvalDropped: false };
    const approvalDropped = current.robotsOverride && changed.some((f) => SCOPE_FIELDS.includes(f));
    if (approvalDropped) Object.assign(changes, { robotsOverride: false, robotsOverrideApprovedBy: null, robotsOverrideApprovedAt: null });
    const saved = await updateSourceIfVersion(tx, current.id, current.version, changes, input.editor.id);
    if (!saved) return { ok: false, kind: 'conflict', current: (await selectSource(tx, input.id)) ?? current };
    await recordAuditEvent(tx, {
      actor: { userId: input.editor.id, label: input.editor.email, ip: input.editor.ip },
      action: 'monitor.source.update',
      targetType: 'monitor_source',
      targetId: current.id,
      details: { version: saved.version, changed: Object.fromEntries(changed.map((f) => [f, { from: before[f] ?? '', to: after[f] ?? '' }])), robotsApprovalDropped: approvalDropped },
    });
    return { ok: true, source: saved, changed, approvalDropped };
  });
};

/**
 * Turns a source on or off. An off source is never crawled: the schedule skips it, the crawl job
 * stops at once, and the "crawl now" button is refused. Recorded in the audit log.
 */
export const setSourceEnabled = async (db: Db, input: { id: string; enabled: boolean; editor: SourceEditor }): Promise<SourceRow | null> =>
  db.transaction(async (tx) => {
    const current = await selectSource(tx, input.id);
    if (!current) return null;
    if (current.enabled === input.enabled) return current;
    // Who turned it on or off is in the audit chain; updated_by stays the last editor of the settings,
    // whom the four-eyes rule for the robots.txt exception is about.
    const saved = await updateSourceIfVersion(tx, current.id, current.version, { enabled: input.enabled }, null);
    if (!saved) return null;
    await recordAuditEvent(tx, {
      actor: { userId: input.editor.id, label: input.editor.email, ip: input.editor.ip },
      action: input.enabled ? 'monitor.source.enable' : 'monitor.source.disable',
      targetType: 'monitor_source',
      targetId: current.id,
      details: { version: saved.version },
    });
    return saved;
  });
