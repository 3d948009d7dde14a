import { expect } from 'vitest';
import type { AppContext } from '../../app/context.ts';
import type { TestClient } from '../../../test/support/client.ts';
import { dossierCriteria, dossierPlanSteps, dossiers, signals, subjects } from '../cases/index.ts';
import { eq } from 'drizzle-orm';

// Helpers for the chain tests. Fictitious data only.

/** Records a consent for the purpose through the dossier's own form (as a supervisor or assignee). */
export const recordConsent = async (client: TestClient, dossierId: string, purpose: string, day = '2026-11-20') => {
  await client.get(`/dossiers/${dossierId}/toestemming`);
  const res = await client.post(`/dossiers/${dossierId}/toestemmingen`, { doel: purpose, door: 'victim', wijze: 'written', reikwijdte: `Keten (test, ${purpose})`, datum: day });
  expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
};

/** The id of the newest consent's withdraw form on the dossier's consent page. */
export const consentIds = async (client: TestClient, dossierId: string): Promise<string[]> => {
  const page = await client.get(`/dossiers/${dossierId}/toestemming`);
  return [...page.body.matchAll(new RegExp(`/dossiers/${dossierId}/toestemmingen/([0-9a-f-]{36})/intrekken`, 'g'))].map((m) => m[1]!);
};

/** Fills a dossier's sections with clearly marked fictitious content, one marker per section. */
export const fillDossier = async (ctx: AppContext, dossierId: string, userId: string) => {
  await ctx.db.update(dossiers).set({ summary: 'SAMENVATTING-MARKER: zorgen om een meisje van 15 (fictief).' }).where(eq(dossiers.id, dossierId));
  await ctx.db.insert(subjects).values({ dossierId, role: 'possible_victim', name: 'PERSOON-MARKER Fictieve Jongere', createdBy: userId });
  await ctx.db.insert(signals).values({ dossierId, category: 'behaviour', kind: 'fact', text: 'SIGNAAL-MARKER: veel nieuwe dure spullen (fictief).', source: 'mentor (fictief)', recordedBy: userId });
  await ctx.db.insert(dossierCriteria).values({ dossierId, criterion: 'economic_gain', state: 'met', evidence: 'WEGING-MARKER: geld afgeven (fictief).', updatedBy: userId }).onConflictDoUpdate({ target: [dossierCriteria.dossierId, dossierCriteria.criterion], set: { state: 'met', evidence: 'WEGING-MARKER: geld afgeven (fictief).' } });
  await ctx.db.insert(dossierPlanSteps).values({ dossierId, step: 2, state: 'done', decision: 'PLAN-MARKER: overleg met CoMensha (fictief).', updatedBy: userId }).onConflictDoUpdate({ target: [dossierPlanSteps.dossierId, dossierPlanSteps.step], set: { state: 'done', decision: 'PLAN-MARKER: overleg met CoMensha (fictief).' } });
};

export const MARKERS = { summary: 'SAMENVATTING-MARKER', people: 'PERSOON-MARKER', signals: 'SIGNAAL-MARKER', assessment: 'WEGING-MARKER', plan: 'PLAN-MARKER' } as const;

/** The id of each section on the partner's shared page. */
export const SECTION_IDS = { summary: 'samenvatting', people: 'personen', signals: 'signalen', assessment: 'weging', plan: 'plan', timeline: 'tijdlijn' } as const;
