import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { insertOrganisation } from '../../accounts/testing.ts';
import type { Role } from '../../accounts/index.ts';
import { dossierShares } from '../schema.ts';
import { createDossierVia } from '../testing.ts';
import { SECTION_PAGES, sectionHref, visiblePages } from './sections.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const ANY = '00000000-0000-4000-8000-000000000000';

/** Every dossier route with a dossier in it. */
const ROUTES = (id: string): [method: 'GET' | 'POST', path: string][] => [
  ...SECTION_PAGES.map((page): ['GET', string] => ['GET', sectionHref(id, page)]),
  ['GET', `/dossiers/${id}/personen/${ANY}`],
  ['GET', `/dossiers/${id}/personen/samenvoegen?houden=${ANY}&weg=${ANY}`],
  ['GET', `/dossiers/${id}/stappen/1`],
  ['GET', `/dossiers/${id}/notities/${ANY}`],
  ['GET', `/dossiers/${id}/overdracht/${ANY}/pakket.zip`],
  ['GET', `/dossiers/${id}/comensha.json`],
  // The retired referral and sharing forms: their addresses lead staff to the chain page (303).
  ['GET', `/dossiers/${id}/delen`],
  ['GET', `/dossiers/${id}/doorverwijzingen`],
  ['GET', `/dossiers/${id}/doorverwijzing`],
  ['GET', `/dossiers/${id}/koppelingen`],
  ['GET', `/dossiers/${id}/koppelingen/besluit?persoon=${ANY}&ander=${ANY}`],
  ['POST', `/dossiers/${id}/koppelingen/besluit?persoon=${ANY}&ander=${ANY}`],
  ['POST', `/dossiers/${id}/status`],
  ['POST', `/dossiers/${id}/onderzoekers`],
  ['POST', `/dossiers/${id}/samenvatting`],
  ['POST', `/dossiers/${id}/personen`],
  ['POST', `/dossiers/${id}/personen/${ANY}`],
  ['POST', `/dossiers/${id}/personen/samenvoegen?houden=${ANY}&weg=${ANY}`],
  ['POST', `/dossiers/${id}/signalen`],
  ['POST', `/dossiers/${id}/criteria`],
  ['POST', `/dossiers/${id}/risico`],
  ['POST', `/dossiers/${id}/stappen/1`],
  ['POST', `/dossiers/${id}/taken`],
  ['POST', `/dossiers/${id}/taken/${ANY}`],
  ['POST', `/dossiers/${id}/notities`],
  ['POST', `/dossiers/${id}/notities/${ANY}`],
  ['POST', `/dossiers/${id}/toestemmingen`],
  ['POST', `/dossiers/${id}/toestemmingen/${ANY}/intrekken`],
  ['POST', `/dossiers/${id}/uitzonderingen`],
  ['POST', `/dossiers/${id}/uitzonderingen/${ANY}/besluit`],
  ['POST', `/dossiers/${id}/delen/${ANY}/stoppen`],
  ['POST', `/dossiers/${id}/overdracht`],
  ['POST', `/dossiers/${id}/overdracht/${ANY}/goedkeuren`],
  ['POST', `/dossiers/${id}/overdracht/${ANY}/referentie`],
];

describe('authorisation matrix over every dossier route', () => {
  it('answers 403 on every route to roles without dossier work, an investigator who is not assigned, and a partner without a share', async () => {
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const id = await createDossierVia(owner.client);
    const org = await insertOrganisation(t.ctx.db, { name: 'Politie Matrix (fictief)', kind: 'police' });
    const outsiders: [string, Role[], { organisationId?: string }][] = [
      ['intake', ['intake'], {}],
      ['admin', ['admin'], {}],
      ['privacy_officer', ['privacy_officer'], {}],
      ['analyst', ['analyst'], {}],
      ['decoy_operator', ['decoy_operator'], {}],
      ['legal_reviewer', ['legal_reviewer'], {}],
      ['investigator, not assigned', ['investigator'], {}],
      ['partner, not shared', ['partner'], { organisationId: org.id }],
    ];
    for (const [label, roles, extra] of outsiders) {
      const u = await signedInAs(t.ctx, t.staffApp, roles, extra);
      for (const [method, path] of ROUTES(id)) {
        const res = method === 'GET' ? await u.client.get(path) : await u.client.post(path, { tekst: 'x', versie: '1' });
        expect(res.statusCode, `${label} ${method} ${path}`).toBe(403);
      }
    }
  }, 240_000);

  it('lets a partner with a share read, but refuses every change and every export', async () => {
    const owner = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(owner.client);
    const org = await insertOrganisation(t.ctx.db, { name: 'ZVH Matrix (fictief)', kind: 'zvh' });
    await t.ctx.db.insert(dossierShares).values({ dossierId: id, organisationId: org.id, scope: 'full', purpose: 'zvh_sharing', sharedBy: sup.user.id });
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner'], { organisationId: org.id });
    // A full share opens the overview and the case's sections; consent, handover, referral and
    // sharing stay with the meldpunt's staff.
    const readable = new Set(visiblePages({ scope: 'full', via: 'partner' }).map((page) => sectionHref(id, page)));
    expect([...readable]).toHaveLength(9);
    for (const [method, path] of ROUTES(id)) {
      const res = method === 'GET' ? await partner.client.get(path) : await partner.client.post(path, { tekst: 'x', versie: '1' });
      const expected = method === 'GET' && readable.has(path) ? 200 : 403;
      expect(res.statusCode, `${method} ${path}`).toBe(expected);
    }
  }, 240_000);

  it('keeps the dossier list and search closed to roles without dossier work', async () => {
    for (const roles of [['intake'], ['admin'], ['privacy_officer'], ['analyst']] as Role[][]) {
      const u = await signedInAs(t.ctx, t.staffApp, roles);
      expect((await u.client.get('/dossiers')).statusCode).toBe(403);
      expect((await u.client.get('/dossiers/zoeken?q=test')).statusCode).toBe(403);
      expect((await u.client.get('/dossiers/nieuw')).statusCode).toBe(403);
      expect((await u.client.post('/dossiers', { title: 'x' })).statusCode).toBe(403);
    }
    const partner = await signedInAs(t.ctx, t.staffApp, ['partner']);
    expect((await partner.client.get('/dossiers/nieuw')).statusCode).toBe(403);
    expect((await partner.client.post('/dossiers', { title: 'x' })).statusCode).toBe(403);
  });
});
