import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { logAccess } from '../../audit/index.ts';
import { canHandOver } from '../../cases/index.ts';
import type { Actor } from '../actor.ts';
import {
  findShare,
  insertShareRead,
  readAssessment,
  readDossierHead,
  readPeople,
  readPlan,
  readSignals,
  readTimeline,
  type ShareRow,
} from '../queries.ts';
import type { ShareSection } from '../vocab.ts';
import { amsterdamDay } from '../referrals/workflow.ts';

type Purpose = Parameters<typeof canHandOver>[2];

/**
 * Is this share answering now? Not stopped, the end day not passed (Amsterdam, by the app's clock),
 * and its consent or exception still valid — a withdrawn consent ends it at once.
 */
export const shareIsLive = async (ctx: AppContext, share: ShareRow): Promise<boolean> => {
  if (share.revokedAt) return false;
  if (share.endsOn < amsterdamDay(ctx.clock.now())) return false;
  const check = await canHandOver(ctx.db, { id: share.dossierId }, share.purpose as Purpose);

  return check.ok;
};

export type SharedDossier = {
  share: ShareRow;
  head: { title: string; status: string; summary: string; suspicion: string } | null;
  people: Awaited<ReturnType<typeof readPeople>> | null;
  signals: Awaited<ReturnType<typeof readSignals>> | null;
  assessment: Awaited<ReturnType<typeof readAssessment>> | null;
  plan: Awaited<ReturnType<typeof readPlan>> | null;
  timeline: Awaited<ReturnType<typeof readTimeline>> | null;
};

export type OpenShared = { state: 'open'; dossier: SharedDossier } | { state: 'ended' };

/**
 * A partner opens what was shared with their organisation. Only the shared sections are read at
 * all (an unshared section is never queried, so it cannot leak into the page). Another
 * organisation's share is "not found"; an ended one says only that it ended. Every read is logged
 * twice: in the access log, and as a share read with its sections (the dossier's "who saw what").
 */
export const openSharedDossier = async (ctx: AppContext, actor: Actor, shareId: string): Promise<OpenShared> => {
  const share = await findShare(ctx.db, shareId);
  if (!share || !actor.organisationId || share.organisationId !== actor.organisationId || !actor.roles.includes('partner')) throw notFound('share');
  if (!(await shareIsLive(ctx, share))) return { state: 'ended' };
  const has = (s: ShareSection) => share.sections.includes(s);
  const id = share.dossierId;
  const head = await readDossierHead(ctx.db, id);
  const dossier: SharedDossier = {
    share,
    // The title often says who it is about: it belongs to the summary section.
    head: head && has('summary') ? { title: head.title, status: head.status, suspicion: head.suspicion, summary: head.summary } : null,
    people: has('people') ? await readPeople(ctx.db, id) : null,
    signals: has('signals') ? await readSignals(ctx.db, id) : null,
    assessment: has('assessment') ? await readAssessment(ctx.db, id) : null,
    plan: has('plan') ? await readPlan(ctx.db, id) : null,
    timeline: has('timeline') ? await readTimeline(ctx.db, id) : null,
  };
  await ctx.db.transaction(async (tx) => {
    await logAccess(tx, { user: actor, recordType: 'dossier', recordId: id, action: 'view', reason: `keten: gedeeld (${share.sections.join(', ')})` });
    await insertShareRead(tx, { shareId: share.id, userId: actor.id, userLabel: actor.name, sections: share.sections });
  });

  return { state: 'open', dossier };
};
