import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import { recordDossierChange } from '../actor.ts';
import { canHandOver, type HandOverCheck } from './can-hand-over.ts';
import { listSubjects } from '../queries/people.ts';
import type { DossierAccess } from '../require-dossier-access.ts';

/**
 * The registration of possible victims in the fields CoMensha asks for (chain-domain research §3.5):
 * form of exploitation, age, gender, place, reporting organisation type, the consent behind it.
 * Only with a recorded consent (or approved exception) for CoMensha registration; no names.
 */
export const exportComensha = async (
  ctx: AppContext,
  access: DossierAccess,
): Promise<{ ok: true; json: string } | { ok: false; check: Extract<HandOverCheck, { ok: false }> }> => {
  const check = await canHandOver(ctx.db, access.dossier, 'comensha_registration');
  if (!check.ok) return { ok: false, check };
  const victims = (await listSubjects(ctx.db, access.dossier.id)).filter((s) => s.role === 'possible_victim' && !s.mergedInto);
  const registration = {
    format: 'vangnet-comensha-aanmelding',
    version: 1,
    aanmelderType: 'overige instanties',
    uitbuitingsvorm: 'seksuele uitbuiting',
    dossier: access.dossier.id,
    toestemming: check.basis.kind === 'consent' ? { id: check.basis.consent.id, datum: check.basis.consent.givenOn, door: check.basis.consent.givenBy, wijze: check.basis.consent.method } : null,
    uitzondering: check.basis.kind === 'exception' ? { id: check.basis.exception.id, grond: check.basis.exception.ground } : null,
    slachtoffers: victims.map((v) => ({
      leeftijd: v.age ?? null,
      leeftijdSchatting: v.ageEstimate || null,
      minderjarig: v.age == null ? 'onbekend' : v.age < 18,
      geslacht: v.gender,
      plaats: v.place || null,
    })),
    aangemaaktOp: new Date().toISOString(),
  };
  await logAccess(ctx.db, { user: access.actor, recordType: 'dossier', recordId: access.dossier.id, action: 'export', reason: 'CoMensha registration' });
  await ctx.db.transaction(async (tx) => {
    await recordDossierChange(tx, access.actor, access.dossier.id, 'comensha_export', { victims: victims.length });
  });

  return { ok: true, json: `${JSON.stringify(registration, null, 2)}\n` };
};
