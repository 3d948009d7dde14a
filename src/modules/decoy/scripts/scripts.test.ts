import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { ALL_ABSENT, approveScript, FICTIVE_SCRIPTS, writeScript } from '../testing.ts';

describe('decoy script library', () => {
  let t: TestApp;
  const clock = testClock(new Date('2027-03-02T10:00:00Z'));
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  it('an operator writes a version; it waits for a legal reviewer; a second reviewer approves that exact version', async () => {
    const op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    const rev = await signedInAs(t.ctx, t.staffApp, ['legal_reviewer']);
    const { scriptId, versionId } = await writeScript(op.client, 'age_disclosure', FICTIVE_SCRIPTS.disclosure);
    let page = await op.client.get(`/lokprofielen/scripts/${scriptId}`);
    expect(page.body).toContain('Wacht op goedkeuring');
    expect(page.body).toContain('Ik ben 15 jaar');
    const home = await rev.client.get('/');
    expect(home.body).toContain('scripts die op goedkeuring wachten');
    await approveScript(rev.client, scriptId, versionId);
    page = await op.client.get(`/lokprofielen/scripts/${scriptId}`);
    expect(page.body).toContain(`data-script-version="${versionId}" data-status="approved"`);

    // A new version starts unapproved and needs its own approval; the old one is replaced only then.
    await op.client.get(`/lokprofielen/scripts/${scriptId}`);
    const v2 = await op.client.post(`/lokprofielen/scripts/${scriptId}`, { variant: 'expliciet', text: 'Ik ben pas 15, dat moet je weten.' });
    expect(v2.statusCode).toBe(303);
    page = await op.client.get(`/lokprofielen/scripts/${scriptId}`);
    expect(page.body).toContain(`data-script-version="${versionId}" data-status="approved"`);
    const v2Id = /data-script-version="([0-9a-f-]{36})" data-status="awaiting"/.exec(page.body)?.[1] as string;
    await approveScript(rev.client, scriptId, v2Id);
    page = await op.client.get(`/lokprofielen/scripts/${scriptId}`);
    expect(page.body).toContain(`data-script-version="${versionId}" data-status="retired"`);
    expect(page.body).toContain(`data-script-version="${v2Id}" data-status="approved"`);
  });

  it('four eyes: a reviewer who wrote the version cannot approve it, not even with both roles', async () => {
    const both = await signedInAs(t.ctx, t.staffApp, ['decoy_operator', 'legal_reviewer']);
    const { scriptId, versionId } = await writeScript(both.client, 'closing', FICTIVE_SCRIPTS.closing);
    const page = await both.client.get(`/lokprofielen/scripts/${scriptId}`);
    expect(page.body).toContain('U schreef deze versie zelf');
    const res = await both.client.post(`/lokprofielen/scripts/versie/${versionId}/goedkeuren`, { checkedAbsent: ALL_ABSENT, reason: 'Eigen werk.' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Een ander moet haar goedkeuren (vier ogen)');
    expect((await both.client.get(`/lokprofielen/scripts/${scriptId}`)).body).toContain(`data-script-version="${versionId}" data-status="awaiting"`);
  });

  it('approval needs every forbidden element ticked as absent and a reason; an operator may not approve', async () => {
    const op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    const op2 = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    const rev = await signedInAs(t.ctx, t.staffApp, ['legal_reviewer']);
    const { scriptId, versionId } = await writeScript(op.client, 'clarification', FICTIVE_SCRIPTS.clarification);
    await op2.client.get(`/lokprofielen/scripts/${scriptId}`);
    expect((await op2.client.post(`/lokprofielen/scripts/versie/${versionId}/goedkeuren`, { checkedAbsent: ALL_ABSENT, reason: 'x' })).statusCode).toBe(403);
    await rev.client.get(`/lokprofielen/scripts/${scriptId}`);
    const res = await rev.client.post(`/lokprofielen/scripts/versie/${versionId}/goedkeuren`, { checkedAbsent: ALL_ABSENT.slice(0, 3), reason: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vink elk verboden element af als afwezig');
    expect(res.body).toContain('Schrijf kort waarom u goedkeurt');
    expect(res.body).toContain('value="meeting" checked');
  });

  it.each([
    ['ad_text', 'Kom om 20:30 langs, schat', 'Er staat een tijd in de tekst'],
    ['ad_text', 'Voor 150 euro ben ik van jou', 'Er staat een bedrag in de tekst'],
    ['ad_text', 'Ik woon op de Dorpsstraat 12, 1234 AB', 'Er staat een adres of postcode in de tekst'],
    ['clarification', 'App me op 06 12345678', 'Er staat een telefoonnummer in de tekst'],
    ['closing', 'Kijk op https://voorbeeld.test/meer', 'Er staat een link in de tekst'],
    ['age_disclosure', 'Ik ben 14, zullen we afspreken?', 'De tekst neemt initiatief'],
    ['clarification', 'Stuur je een foto?', 'De tekst neemt initiatief'],
    ['closing', 'Doei {hulplink}', 'Alleen een waarschuwing of hulpbericht mag de hulplink bevatten'],
    ['warning', 'Dit is strafbaar.', 'moet de hulplink {hulplink} bevatten'],
  ])('the lexicon screen refuses a %s that holds forbidden elements and keeps what was typed: %s', async (kind, text, message) => {
    const op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    await op.client.get('/lokprofielen/scripts');
    const variant = { ad_text: 'standaard', age_disclosure: 'expliciet', clarification: 'neutraal', closing: 'standaard', warning: 'A' }[kind] as string;
    const res = await op.client.post('/lokprofielen/scripts', { kind, variant, text });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(message);
    expect(res.body).toContain(text.replace(/'/g, '&#39;').split(',')[0] as string);
    expect((await op.client.get('/lokprofielen/scripts')).body).not.toContain(text.split(',')[0] as string);
  });

  it('an age disclosure may be subtle ("alleen na schooltijd") and a warning carries its own fixed help link per variant', async () => {
    const op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    await writeScript(op.client, 'age_disclosure', FICTIVE_SCRIPTS.subtle);
    const { scriptId } = await writeScript(op.client, 'warning', FICTIVE_SCRIPTS.warning);
    const page = await op.client.get(`/lokprofielen/scripts/${scriptId}`);
    expect(page.body).toMatch(/\/hulp\/w\/[0-9a-f]{10}/);
  });

  it('refuses unknown kinds, wrong variants and over-long texts with a clear message', async () => {
    const op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    await op.client.get('/lokprofielen/scripts');
    expect((await op.client.post('/lokprofielen/scripts', { kind: 'free_text', variant: 'x', text: 'Hallo' })).body).toContain('Kies een soort script uit de lijst');
    expect((await op.client.post('/lokprofielen/scripts', { kind: 'closing', variant: 'A', text: 'Hallo' })).body).toContain('Kies een variant die bij dit soort script hoort');
    const long = await op.client.post('/lokprofielen/scripts', { kind: 'closing', variant: 'standaard', text: 'a'.repeat(1500) });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('hoogstens 1000 tekens');
  });

  it('partners, analysts, intake and investigators get 403; every change is in the audit chain', async () => {
    for (const role of ['partner', 'analyst', 'intake', 'investigator'] as const) {
      const { client } = await signedInAs(t.ctx, t.staffApp, [role]);
      expect((await client.get('/lokprofielen/scripts')).statusCode).toBe(403);
    }
    const rows = await t.ctx.database.executor.executeSql("select action from audit_events where action like 'decoy.script.%'");
    expect(rows.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['decoy.script.create', 'decoy.script.approve']));
  });
});
