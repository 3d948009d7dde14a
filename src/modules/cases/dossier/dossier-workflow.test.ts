import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { findDossier } from '../queries/dossiers.ts';
import { createDossierVia, formHtml, inputValue, insertTestReport, postRefused } from '../testing.ts';
import { checkTransition, STATUSES, TRANSITIONS } from './workflow.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('workflow as data', () => {
  it('allows exactly the listed transitions and says why others are refused, in Dutch', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const r = checkTransition(from, to, { reason: 'reden', viaAction: true });
        expect(r.ok, `${from} → ${to}`).toBe(TRANSITIONS[from].includes(to));
        if (!r.ok) expect(r.reason.nl.length).toBeGreaterThan(10);
      }
    }
    const skip = checkTransition('open', 'decision', { reason: '' });
    expect(skip.ok).toBe(false);
    if (!skip.ok) expect(skip.reason.nl).toContain('Van ‘open’ kan het dossier niet naar ‘besluit’');
  });

  it('refuses handover through the status form and closing without a reason', () => {
    const handover = checkTransition('decision', 'handed_over', { reason: '' });
    expect(handover.ok).toBe(false);
    const close = checkTransition('open', 'closed', { reason: '  ' });
    expect(close.ok).toBe(false);
    if (!close.ok) expect(close.reason.nl).toBe('Schrijf op waarom u het dossier sluit.');
  });
});

describe('dossier status over HTTP', () => {
  it('creates a dossier from two reports, links them without copying the reporter, and moves along the workflow', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const r1 = await insertTestReport(t.ctx);
    const r2 = await insertTestReport(t.ctx);
    const id = await createDossierVia(inv.client, { meldingen: `${r1.number}, ${r2.number.toLowerCase()}` });
    const page = await inv.client.get(`/dossiers/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(r1.number);
    expect(page.body).toContain(r2.number);

    const version = inputValue(formHtml(page.body, `/dossiers/${id}/status`), 'versie')!;
    const bad = await postRefused(inv.client, `/dossiers/${id}/status`, { status: 'decision', reden: '', versie: version });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Van ‘open’ kan het dossier niet naar ‘besluit’');
    expect(bad.body).toContain('Wel mogelijk: ‘in onderzoek’, ‘gesloten’');

    const ok = await inv.client.post(`/dossiers/${id}/status`, { status: 'investigation', reden: '', versie: version });
    expect(ok.statusCode).toBe(303);
    expect((await findDossier(t.ctx.db, id))?.status).toBe('investigation');

    const stale = await postRefused(inv.client, `/dossiers/${id}/status`, { status: 'decision', reden: '', versie: version });
    expect(stale.statusCode).toBe(400);
    expect(stale.body).toContain('Iemand anders heeft het dossier intussen gewijzigd');

    const page2 = await inv.client.get(`/dossiers/${id}`);
    const v2 = inputValue(formHtml(page2.body, `/dossiers/${id}/status`), 'versie')!;
    const noReason = await postRefused(inv.client, `/dossiers/${id}/status`, { status: 'closed', reden: '', versie: v2 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('Schrijf op waarom u het dossier sluit.');
    const closed = await inv.client.post(`/dossiers/${id}/status`, { status: 'closed', reden: 'Geen aanwijzingen gevonden (test).', versie: v2 });
    expect(closed.statusCode).toBe(303);
    const after = await findDossier(t.ctx.db, id);
    expect(after?.status).toBe('closed');
    expect(after?.closeReason).toBe('Geen aanwijzingen gevonden (test).');
  });

  it('refuses unknown report numbers and keeps what was typed', async () => {
    const inv = await signedInAs(t.ctx, t.staffApp, ['investigator']);
    const res = await inv.client.post('/dossiers', { title: 'Testdossier met <b>opmaak</b>', meldingen: 'MXXXXX' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Deze meldingnummers bestaan niet: MXXXXX');
    expect(res.body).toContain('value="Testdossier met &lt;b&gt;opmaak&lt;/b&gt;"');
    const empty = await inv.client.post('/dossiers', { title: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Vul een titel in.');
  });
});
