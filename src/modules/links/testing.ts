import type { AppContext } from '../../app/context.ts';
import { dossierReports, subjects } from '../cases/index.ts';
import { recordOccurrences } from '../identifiers/index.ts';
import { insertTestReport, insertDossier, insertAssignee } from '../cases/testing.ts';
import { createSource, TEST_SITE_RULES, storeAd } from '../monitor/testing.ts';

// A fictitious case for the link chart tests: two reports in one dossier share a phone number with
// an ad, and with a person in another dossier the first investigator is not assigned to.

export const SHARED_PHONE = '+31612340001';
export const SHARED_PHONE_TEXT = '06-12340001';

export type LinkSeed = {
  dossierId: string;
  otherDossierId: string;
  personId: string;
  otherPersonId: string;
  reportIds: [string, string];
  otherReportId: string;
  adId: string;
};

const addDossier = async (ctx: AppContext, userId: string, title: string) => {
  const dossier = await insertDossier(ctx.db, { title, createdBy: userId });
  await insertAssignee(ctx.db, { dossierId: dossier.id, userId, addedBy: userId });

  return dossier.id;
};

const addPerson = async (ctx: AppContext, dossierId: string, userId: string, name: string, role: string) => {
  const [row] = await ctx.db.insert(subjects).values({ dossierId, role, name, createdBy: userId }).returning({ id: subjects.id });

  return row!.id;
};

export const seedLinkCase = async (ctx: AppContext, owner: { id: string }, otherOwner: { id: string }, suffix = ''): Promise<LinkSeed> => {
  const db = ctx.db;
  const dossierId = await addDossier(ctx, owner.id, `Meisje 15 jaar, Zwolle (test)${suffix}`);
  const otherDossierId = await addDossier(ctx, otherOwner.id, `Geheim ander dossier (test)${suffix}`);
  const personId = await addPerson(ctx, dossierId, owner.id, 'Testpersoon Sanne', 'possible_victim');
  const otherPersonId = await addPerson(ctx, otherDossierId, otherOwner.id, 'Verborgen Testjongen', 'suspected_trafficker');
  // The reporter's own words must never reach a chart: only the report number may.
  const r1 = await insertTestReport(ctx, { contact: { name: 'Testouder Melder' } });
  const r2 = await insertTestReport(ctx);
  const r3 = await insertTestReport(ctx);
  await db.insert(dossierReports).values([
    { dossierId, reportId: r1.id, linkedBy: owner.id },
    { dossierId, reportId: r2.id, linkedBy: owner.id },
    { dossierId: otherDossierId, reportId: r3.id, linkedBy: otherOwner.id },
  ]);
  for (const r of [r1, r2, r3]) {
    await recordOccurrences(db, { source: { type: 'report', id: r.id }, field: 'online.phones', text: `Hij belt van ${SHARED_PHONE_TEXT}` });
  }
  await recordOccurrences(db, { source: { type: 'dossier_person', id: `${dossierId}/${personId}` }, field: 'description', text: 'Snapchat: instagram.com/sanne_test_vb' });
  await recordOccurrences(db, { source: { type: 'dossier_person', id: `${otherDossierId}/${otherPersonId}` }, field: 'description', text: `Telefoon ${SHARED_PHONE_TEXT}` });
  const source = await createSource(
    db,
    {
      name: `Testadvertenties${suffix} ${Math.random().toString(16).slice(2, 8)}`,
      startUrls: ['https://advertenties.example.org/'],
      allowedUrlPatterns: ['^https://advertenties\\.example\\.org/'],
      selectors: TEST_SITE_RULES,
      legalBasis: 'Openbare advertenties, testgegevens (fictief).',
    },
    null,
  );
  if (!source.ok) throw new Error('test source refused');
  const ad = await storeAd(db, {
    sourceId: source.source.id,
    url: `https://advertenties.example.org/ad/${Math.random().toString(16).slice(2, 10)}`,
    ad: { title: 'Nieuw in Zwolle (testadvertentie)', text: `Bel of app ${SHARED_PHONE_TEXT}`, place: 'Zwolle', statedAge: 19, price: null, postedAt: null, contact: null, imageUrls: [] },
  });

  return { dossierId, otherDossierId, personId, otherPersonId, reportIds: [r1.id, r2.id], otherReportId: r3.id, adId: ad.adId };
};

// For the tests of other modules.
export type { LinkGraph } from './graph/graph.ts';
