import type { FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../../app/errors.ts';
import type { AppContext } from '../../app/context.ts';
import { logAccess } from '../audit/index.ts';
import { type Actor, actorFrom } from './actor.ts';
import { activeSharesFor, isAssignee } from './queries/access.ts';
import type { DossierRow } from './queries/shared.ts';
import { findDossier } from './queries/dossiers.ts';

/** full: every section; summary: summary, people, signals and assessment (what a partner may get). */
export type DossierScope = 'full' | 'summary';

export type DossierAccess = {
  dossier: DossierRow;
  actor: Actor;
  via: 'supervisor' | 'assignee' | 'partner';
  scope: DossierScope;
  canEdit: boolean;
};

/**
 * The one per-dossier check every dossier handler calls first (the route's role list is only the
 * outer door). Assignees and supervisors may read and change; a partner organisation may only read a
 * dossier shared with it, within the shared scope. Every read is written to the access log here, so
 * no handler can forget it.
 */
export const requireDossierAccess = async (
  ctx: AppContext,
  req: FastifyRequest,
  dossierId: string,
  options: { write?: boolean; reason?: string; allow?: (access: DossierAccess) => boolean } = {},
): Promise<DossierAccess> => {
  const actor = actorFrom(req);
  const dossier = await findDossier(ctx.db, dossierId);
  if (!dossier) throw notFound('dossier');

  const access = await decide(ctx, actor, dossier);
  if (!access) throw forbidden('dossier');
  if (options.write && !access.canEdit) throw forbidden('dossier read-only');
  // A page of the dossier this user may not see (a section outside a partner's share) is refused
  // before the log line: nothing was shown, so nothing was read.
  if (options.allow && !options.allow(access)) throw forbidden('dossier section');
  if (!options.write) {
    await logAccess(ctx.db, { user: actor, recordType: 'dossier', recordId: dossier.id, action: 'view', reason: options.reason });
  }

  return access;
};

const decide = async (ctx: AppContext, actor: Actor, dossier: DossierRow): Promise<DossierAccess | null> => {
  if (actor.roles.includes('supervisor')) return { dossier, actor, via: 'supervisor', scope: 'full', canEdit: true };
  if (actor.roles.includes('investigator') && (await isAssignee(ctx.db, dossier.id, actor.id))) {
    return { dossier, actor, via: 'assignee', scope: 'full', canEdit: true };
  }
  if (actor.roles.includes('partner') && actor.organisationId) {
    const shares = await activeSharesFor(ctx.db, dossier.id, actor.organisationId);
    if (shares.length === 0) return null;
    const scope: DossierScope = shares.some((s) => s.scope === 'full') ? 'full' : 'summary';
    return { dossier, actor, via: 'partner', scope, canEdit: false };
  }

  return null;
};
