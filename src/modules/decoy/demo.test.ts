import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../app/modules.ts';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { testClock } from '../../../test/support/clock.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { verifySignedPackage } from '../evidence/index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: testClock('2027-03-02T10:00:00Z') });
});
afterAll(async () => {
  await t?.close();
});

const runDemo = async (names: string[]) => {
  const lines: string[] = [];
  for (const mod of MODULES.filter((m) => names.includes(m.name))) await mod.demo?.(t.ctx, { showPasswords: false, print: (l) => lines.push(l) });
  return lines.join('\n');
};
const count = async (table: string) => Number((await t.ctx.database.executor.executeSql(`select count(*)::int as n from ${table}`)).rows[0]?.n);
const counts = async () => Object.fromEntries(await Promise.all(['decoy_governance', 'decoy_scripts', 'decoy_profiles', 'decoy_conversations', 'decoy_messages', 'decoy_reviews'].map(async (x) => [x, await count(x)])));

describe('vangnet demo for the decoy programme', () => {
  it('an open programme, fictitious and marked so, with one conversation waiting and one walked to a police notification; a second run adds nothing', { timeout: 180_000 }, async () => {
    const out = await runDemo(['accounts', 'decoy']);
    expect(out).toContain('Demo decoy programme: approved basis, 6 approved scripts, 1 live profile');
    const before = await counts();
    expect(before).toMatchObject({ decoy_governance: 1, decoy_scripts: 6, decoy_profiles: 1, decoy_conversations: 2, decoy_reviews: 2 });
    expect(await runDemo(['decoy'])).toContain('Demo decoy programme: already there.');
    expect(await counts()).toEqual(before);

    const op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    const overview = (await op.client.get('/lokprofielen')).body;
    expect(overview).toContain('Fictief demoprofiel Noor');
    expect(overview).not.toContain('Lokprofielen: gesloten');
    const profileId = /\/lokprofielen\/profielen\/([0-9a-f-]{36})/.exec(overview)?.[1] as string;
    const profile = (await op.client.get(`/lokprofielen/profielen/${profileId}`)).body;
    expect(profile).toContain('fictieve_afzender_demo');
    const notified = /data-conversation="([0-9a-f-]{36})" data-state="police_notified"/.exec(profile)?.[1] as string;
    expect(notified).toBeTruthy();
    const page = (await op.client.get(`/lokprofielen/gesprekken/${notified}`)).body;
    expect(page).toContain('fictief demobericht');
    expect(page).toContain('data-disclosure="yes"');
    // Every stored text of the demo says it is fictitious.
    const texts = (await t.ctx.database.executor.executeSql("select text from decoy_messages where direction = 'in'")).rows.map((r) => String(r.text));
    for (const text of texts) expect(text).toContain('fictief');

    const pkg = await op.client.get(`/lokprofielen/gesprekken/${notified}/politiepakket.zip`);
    expect(pkg.statusCode).toBe(200);
    expect(verifySignedPackage(new Uint8Array(pkg.rawPayload)).ok).toBe(true);
    // The figures page counts the demo's warning and notification.
    const figures = (await op.client.get('/lokprofielen/cijfers')).body;
    expect(figures).toContain('Fictief demoprofiel Noor');
  });
});
