import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { insertOrganisation } from '../../accounts/testing.ts';
import type { Role } from '../../accounts/index.ts';
import { accessLog } from '../../audit/testing.ts';
import { and, eq } from 'drizzle-orm';
import { reportMessages } from '../../intake/testing.ts';
import { dossierReports, dossierShares } from '../schema.ts';
import { SECTION_PAGES, sectionHref, visiblePages } from './sections.ts';
import { createDossierVia, insertTestReport } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const accessRows = (recordId: string, userId: string) =>
  t.ctx.db.select().from(accessLog).where(and(eq(accessLog.recordType, 'dossier'), eq(accessLog.recordId, recordId), eq(accessLog.userId, userId)));

/**
 * A share as the old cases form made it (issue 16: that form is gone; new shares are made on the
 * chain page). Rows made before still give their partner read access until a supervisor stops them.
 */
const shareWith = async (dossierId: string, organisationId: string, scope: 'summary' | 'full') => {
  const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
  await t.ctx.db.insert(dossierShares).values({ dossierId, organisationId, scope, purpose: 'zvh_sharing', sharedBy: sup.user.id });
};

describe('dossier access matrix', () => {
  it('lets the assigned investigator and any supervisor in; refuses an investigator who is not assigned and other roles', async () => {
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(owner.client);
    const cases: [Role[], number][] = [
      [['investigator'], 403],
      [['supervisor'], 200],
      [['partner'], 403],
      [['intake'], 403],
      [['admin'], 403],
      [['privacy_officer'], 403],
      [['analyst'], 403],
      [['decoy_operator'], 403],
    ];
    expect((await owner.client.get(`/dossiers/${id}`)).statusCode).toBe(200);
    for (const [roles, status] of cases) {
      const u = await signedInAs(t.ctx, t.staffApp, roles);
      const res = await u.client.get(`/dossiers/${id}`);
      expect(res.statusCode, roles.join()).toBe(status);
      // Writes are refused the same way, before any form is read.
      const post = await u.client.post(`/dossiers/${id}/notities`, { tekst: 'Mag dit?' });
      expect(post.statusCode, `post ${roles.join()}`).toBe(status === 200 ? 303 : 403);
    }
  });

  it('answers 404 for an unknown or malformed dossier id, never 500', async () => {
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    for (const bad of ['00000000-0000-0000-0000-000000000000', 'niet-een-id', "1'%20OR%201=1", '%00']) {
      const res = await sup.client.get(`/dossiers/${bad}`);
      expect(res.statusCode, bad).toBe(404);
    }
  });

  it('sends a visitor who is not signed in to the sign-in page', async () => {
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(owner.client);
    const res = await t.staffApp.inject({ method: 'GET', url: `/dossiers/${id}` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('/inloggen');
  });

  it('shows a partner only dossiers shared with their organisation, read-only and within the scope', async () => {
    const zvh = await insertOrganisation(t.ctx.db, { name: 'ZVH Testregio (fictief)', kind: 'zvh' });
    const other = await insertOrganisation(t.ctx.db, { name: 'ZVH Andere regio (fictief)', kind: 'zvh' });
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const shared = await createDossierVia(owner.client, { title: 'Gedeeld dossier (test)' });
    const notShared = await createDossierVia(owner.client, { title: 'Niet gedeeld dossier (test)' });
    await shareWith(shared, zvh.id, 'summary');

    const partner = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: zvh.id });
    const list = await partner.client.get('/dossiers');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Gedeeld dossier (test)');
    expect(list.body).not.toContain('Niet gedeeld dossier (test)');
    const page = await partner.client.get(`/dossiers/${shared}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('U kunt dit dossier alleen lezen');
    expect(page.body).not.toContain('id="notities"');
    expect(page.body).not.toContain('id="toestemming"');
    expect(page.body).not.toContain(`action="/dossiers/${shared}/`);
    expect((await partner.client.get(`/dossiers/${notShared}`)).statusCode).toBe(403);
    // A summary share opens the overview and the summary's sections, not the full or staff-only pages.
    for (const page of ['samenvatting', 'personen', 'signalen']) expect((await partner.client.get(`/dossiers/${shared}/${page}`)).statusCode, page).toBe(200);
    for (const page of ['notities', 'taken', 'tijdlijn', 'bewijs', 'plan', 'elders-gezien', 'toestemming', 'overdracht']) {
      expect((await partner.client.get(`/dossiers/${shared}/${page}`)).statusCode, page).toBe(403);
    }
    expect((await partner.client.post(`/dossiers/${shared}/notities`, { tekst: 'Partner schrijft' })).statusCode).toBe(403);

    const stranger = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: other.id });
    expect((await stranger.client.get(`/dossiers/${shared}`)).statusCode).toBe(403);
    expect((await stranger.client.get('/dossiers')).body).not.toContain('Gedeeld dossier (test)');
  });

  it('makes no new share in cases any more (the chain page does), and a partner loses access when an old share stops', async () => {
    const org = await insertOrganisation(t.ctx.db, { name: 'Politie Oost (fictief)', kind: 'police' });
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(owner.client);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    await sup.client.get(`/dossiers/${id}`);
    // The old form's post is gone; its address leads to the chain page.
    expect((await sup.client.post(`/dossiers/${id}/delen`, { organisatie: org.id, reikwijdte: 'full' })).statusCode).toBe(404);
    expect(await t.ctx.db.select().from(dossierShares).where(eq(dossierShares.dossierId, id))).toHaveLength(0);

    const zvh = await insertOrganisation(t.ctx.db, { name: 'ZVH Stopregio (fictief)', kind: 'zvh' });
    await shareWith(id, zvh.id, 'full');
    const report = await insertTestReport(t.ctx);
    await t.ctx.db.insert(dossierReports).values({ dossierId: id, reportId: report.id, linkedBy: owner.user.id });
    await t.ctx.db.insert(reportMessages).values({ reportId: report.id, kind: 'reporter', body: 'Bel mij op 06-12340099, groet Testmelder' });
    expect((await owner.client.get(`/dossiers/${id}/tijdlijn`)).body).toContain('Testmelder');
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: zvh.id });
    const full = await partner.client.get(`/dossiers/${id}/tijdlijn`);
    expect(full.statusCode).toBe(200);
    expect(full.body).toContain('id="tijdlijn"');
    expect(full.body).not.toContain('Testmelder');
    expect(full.body).not.toContain(report.number);
    // The old share is listed on the consent page, where a supervisor stops it.
    const page = await sup.client.get(`/dossiers/${id}/toestemming`);
    expect(page.body).toContain('Eerder gedeeld op de oude manier');
    const shareId = /action="\/dossiers\/[0-9a-f-]+\/delen\/([0-9a-f-]+)\/stoppen"/.exec(page.body)?.[1];
    expect(shareId).toBeTruthy();
    const stopped = await sup.client.post(`/dossiers/${id}/delen/${shareId}/stoppen`);
    expect(stopped.statusCode).toBe(303);
    expect(stopped.headers.location).toBe(`/dossiers/${id}/toestemming?ok=1#delen`);
    expect((await sup.client.get(`/dossiers/${id}/toestemming`)).body).not.toContain('data-testid="old-shares"');
    expect((await partner.client.get(`/dossiers/${id}`)).statusCode).toBe(403);
  });

  it('writes every read of a dossier to the access log, also reads by supervisors and partners', async () => {
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(owner.client);
    await owner.client.get(`/dossiers/${id}`);
    await owner.client.get(`/dossiers/${id}`);
    expect((await accessRows(id, owner.user.id)).length).toBe(2);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    await sup.client.get(`/dossiers/${id}`);
    const rows = await accessRows(id, sup.user.id);
    expect(rows.length).toBe(1);
    expect(rows[0]?.action).toBe('view');
    // A refused read is not a read: nothing was shown.
    const other = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    await other.client.get(`/dossiers/${id}`);
    expect((await accessRows(id, other.user.id)).length).toBe(0);
  });

  it('writes an access-log line for every section page, and none for a page it refuses', async () => {
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(owner.client);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    for (const [i, page] of SECTION_PAGES.entries()) {
      const res = await sup.client.get(sectionHref(id, page));
      expect(res.statusCode, page).toBe(200);
      const rows = await accessRows(id, sup.user.id);
      expect(rows.length, page).toBe(i + 1);
      expect(rows.every((r) => r.action === 'view')).toBe(true);
    }
    const org = await insertOrganisation(t.ctx.db, { name: 'ZVH Logregio (fictief)', kind: 'zvh' });
    await t.ctx.db.insert(dossierShares).values({ dossierId: id, organisationId: org.id, scope: 'summary', purpose: 'zvh_sharing', sharedBy: sup.user.id });
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: org.id });
    const allowed = visiblePages({ scope: 'summary', via: 'partner' });
    let logged = 0;
    for (const page of SECTION_PAGES) {
      const res = await partner.client.get(sectionHref(id, page));
      // A section outside the share is refused before anything is shown, so it is not a read.
      expect(res.statusCode, page).toBe(allowed.includes(page) ? 200 : 403);
      if (res.statusCode === 200) logged += 1;
      expect((await accessRows(id, partner.user.id)).length, page).toBe(logged);
    }
    expect(logged).toBe(4);
    const stranger = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    for (const page of SECTION_PAGES) expect((await stranger.client.get(sectionHref(id, page))).statusCode).toBe(403);
    expect((await accessRows(id, stranger.user.id)).length).toBe(0);
  });

  it('lets an assignee add a colleague, who then gets in', async () => {
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const colleague = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(owner.client);
    expect((await colleague.client.get(`/dossiers/${id}`)).statusCode).toBe(403);
    await owner.client.get(`/dossiers/${id}`);
    expect((await owner.client.post(`/dossiers/${id}/onderzoekers`, { gebruiker: colleague.user.id })).statusCode).toBe(303);
    expect((await colleague.client.get(`/dossiers/${id}`)).statusCode).toBe(200);
    expect((await colleague.client.get('/dossiers')).body).toContain(`/dossiers/${id}`);
  });
});
