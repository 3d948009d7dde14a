import { expect } from 'vitest';
import type { AppContext } from '../../app/context.ts';
import type { TestClient } from '../../../test/support/client.ts';
import { dossiers, signals, subjects } from '../cases/index.ts';
import { eq } from 'drizzle-orm';

// Helpers for the chain tests. Fictitious data only.

/** Records a consent for the purpose through the dossier's own form (as a supervisor or assignee). */
export const recordConsent = async (client: TestClient, dossierId: string, purpose: string, day = '2026-11-20') => {
  await client.get(`/dossiers/${dossierId}`);
  const res = await client.post(`/dossiers/${dossierId}/toestemmingen`, { doel: purpose, door: 'victim', wijze: 'written', reikwijdte: `Keten (test, ${purpose})`, datum: day });
  expect(res.statusCode, res.body.slice(0, 500)).toBe(303);
};

/** The id of the newest consent's withdraw form on the dossier page. */
export const consentIds = async (client: TestClient, dossierId: string): Promise<string[]> => {
  const page = await client.get(`/dossiers/${dossierId}`);
  return [...page.body.matchAll(new RegExp(`/dossiers/${dossierId}/toestemmingen/([0-9a-f-]{36})/intrekken`, 'g'))].map((m) => m[1]!);
};

/** Fills a dossier's sections with clearly marked fictitious content, one marker per section. */
export const fillDossier = async (ctx: AppContext, dossierId: string, userId: string) => {
  await ctx.db.update(dossiers).set({ summary: 'SAMENVATTING-MARKER: zorgen om een meisje van 15 (fictief).' }).where(eq(dossiers.id, dossierId));
  await ctx.db.insert(subjects).values({ dossierId, role: 'possible_victim', name: 'PERSOON-MARKER Fictieve Jongere', createdBy: userId });
  await ctx.db.insert(signals).values({ dossierId, category: 'behaviour', kind: 'fact', text: 'SIGNAAL-MARKER: veel nieuwe dure spullen (fictief).', source: 'mentor (fictief)', recordedBy: userId });
};

export const MARKERS = { summary: 'SAMENVATTING-MARKER', people: 'PERSOON-MARKER', signals: 'SIGNAAL-MARKER' } as const;
