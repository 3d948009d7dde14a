import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { fillAndSubmit, findReportByNumber } from '../../intake/testing.ts';
import { listDossierReports } from '../queries/reports.ts';
import { inputValue } from '../testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const decode = (s: string) => s.replace(/&amp;/g, '&');

describe('a dossier from a report (issue 14 finding 15)', () => {
  it('hints real 8-digit report numbers on /dossiers/nieuw', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const page = await inv.client.get('/dossiers/nieuw');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('M7K3PQ');
    const hint = /id="meldingen-hint"[^>]*>([^<]*)</.exec(page.body)?.[1] ?? '';
    expect(hint).toContain('8 cijfers');
    expect(hint).toMatch(/\b[1-9]\d{7}\b/);
  });

  it('the report page has a "Dossier maken" link that starts a dossier with that report; intake, who cannot make dossiers, does not see it', async () => {
    const { number } = await fillAndSubmit(publicClient(t.publicApp));
    const report = await findReportByNumber(t.ctx.db, number);
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const intake = await signedInAs(t.ctx, t.staffApp, ['intake']);

    expect((await intake.client.get(`/meldingen/${report!.id}`)).body).not.toContain('/dossiers/nieuw');
    const page = await inv.client.get(`/meldingen/${report!.id}`);
    const link = /<a[^>]*href="(\/dossiers\/nieuw\?[^"]*)"[^>]*>([^<]*)</.exec(page.body);
    expect(link?.[2]).toContain('Dossier maken');
    const form = await inv.client.get(decode(link![1]!));
    expect(form.statusCode).toBe(200);
    expect(inputValue(form.body, 'meldingen')).toBe(number);

    const created = await inv.client.post('/dossiers', { title: 'Vanuit melding (test)', priority: 'normal', meldingen: inputValue(form.body, 'meldingen')! });
    expect(created.statusCode).toBe(303);
    const id = String(created.headers.location).split('/').at(-1)!;
    expect((await listDossierReports(t.ctx.db, id)).map((r) => r.number)).toEqual([number]);
  });
});
