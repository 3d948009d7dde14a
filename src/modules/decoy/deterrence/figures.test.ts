import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { publicClient, signedInAs } from '../../../../test/support/factories.ts';
import { collectFigures, collectRetentionRules, collectSourceKinds } from '../../../app/module-hooks.ts';
import { MODULES } from '../../../app/modules.ts';
import { closeSilentConversations } from '../conversations/close-silent-conversations.ts';
import { approvedLibrary, incomingContact, liveProfile, openProgramme, reply, send, step } from '../testing.ts';

const sql = async (t: TestApp, q: string, params: unknown[] = []) => (await t.ctx.database.executor.executeSql(q, params)).rows;

describe('deterrence measured', () => {
  let t: TestApp;
  const clock = testClock(new Date('2027-03-02T10:00:00Z'));
  beforeAll(async () => {
    t = await createTestApp({ clock });
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts help-link visits per variant without IP or user agent, and the page shows every figure as the truth', async () => {
    const admin = await signedInAs(t.ctx, t.staffApp, ['admin']);
    const op = await signedInAs(t.ctx, t.staffApp, ['decoy_operator']);
    const rev = await signedInAs(t.ctx, t.staffApp, ['legal_reviewer']);
    const lib = await approvedLibrary(op.client, rev.client);
    await openProgramme(admin.client, rev.client);
    const profileId = await liveProfile(op.client, rev.client, lib.ad_text);
    const contact = async (handle: string, answer: string | null) => {
      const id = await incomingContact(op.client, profileId, { at: '2027-03-02 09:00', id: `${handle}-1`, text: 'Hoi', handle });
      await step(op.client, id, 'solicitation');
      await send(op.client, id, lib.disclosure);
      if (answer) await reply(op.client, id, { at: '2027-03-02 09:30', id: `${handle}-2`, text: answer });
      return id;
    };
    const warned = await contact('f_cont', 'Maakt niet uit, kom naar mijn huis');
    await step(op.client, warned, 'continued');
    const proposal = (await sql(t, "select id from decoy_messages where platform_message_id = 'f_cont-2'"))[0]?.id as string;
    await op.client.get(`/lokprofielen/gesprekken/${warned}`);
    await op.client.post(`/lokprofielen/gesprekken/${warned}/waarschuwing/voorstel`, { proposalMessageId: proposal, proposed: ['meeting'], ageConfirmed: 'yes' });
    await rev.client.get(`/lokprofielen/gesprekken/${warned}`);
    expect((await rev.client.post(`/lokprofielen/gesprekken/${warned}/waarschuwing/besluit`, { decision: 'approve', decisionReason: 'Fictief.' })).statusCode).toBe(303);
    const desisted = await contact('f_stop', 'Oh sorry, laat maar');
    await step(op.client, desisted, 'desisted');
    await contact('f_silent', null);
    clock.advance(73 * 3_600_000);
    await closeSilentConversations(t.ctx);

    const code = /\/hulp\/w\/([0-9a-f]{10})/.exec((await sql(t, "select m.text from decoy_messages m join decoy_scripts s on s.id = m.script_version_id where s.kind = 'warning'"))[0]?.text as string)?.[1] as string;
    const visitor = publicClient(t.publicApp, { 'x-forwarded-for': '203.0.113.9', 'user-agent': 'FictieveBrowser/1.0' });
    for (let i = 0; i < 2; i += 1) {
      const res = await visitor.get(`/hulp/w/${code}`);
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('https://stopitnow.nl');
    }
    expect((await visitor.get('/hulp/w/onbekend')).statusCode).toBe(302);
    expect(await sql(t, 'select help_code, visits from decoy_help_visits')).toEqual([{ help_code: code, visits: 2 }]);
    expect(t.logs()).not.toContain('203.0.113.9');
    expect(t.logs()).not.toContain('FictieveBrowser');

    const page = await op.client.get('/lokprofielen/cijfers');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<dd data-figure="responses">3</dd>');
    expect(page.body).toContain('<dd data-figure="stopped-after-disclosure">2 / 3 (66,7 %)</dd>');
    expect(page.body).toContain('<dd data-figure="continued">1 / 3 (33,3 %)</dd>');
    expect(page.body).toContain('<dd data-figure="stopped-after-warning">1 / 1 (100,0 %)</dd>');
    expect(page.body).toContain('<dd data-figure="no-repeat-90">1 / 1 (100,0 %)</dd>');
    expect(page.body).toContain('<svg role="img"');
    expect(page.body).toMatch(/<td class="utrecht-table__cell">1<\/td><td class="utrecht-table__cell">2<\/td><td class="utrecht-table__cell">200,0 %<\/td>/);
    for (const role of ['partner', 'analyst'] as const) expect((await (await signedInAs(t.ctx, t.staffApp, [role])).client.get('/lokprofielen/cijfers')).statusCode).toBe(403);

    // The module hooks: counts only, the source kind's access rule, retention per outcome.
    const { figures } = await collectFigures(MODULES, t.ctx, { from: new Date('2027-03-01T00:00:00Z'), to: new Date('2027-04-01T00:00:00Z') }, t.ctx.logger);
    expect(Object.fromEntries(figures.filter((f) => f.module === 'decoy').map((f) => [f.key, f.value]))).toEqual({ 'decoy.responses': 3, 'decoy.continued_after_disclosure': 1, 'decoy.warnings': 1, 'decoy.notifications': 0 });
    const kind = collectSourceKinds(MODULES).get('decoy_contact');
    expect(kind?.href(warned)).toBe(`/lokprofielen/gesprekken/${warned}`);
    expect(await (await kind!.loadAccess(t.ctx, { id: op.user.id, roles: ['decoy_operator'] }))(warned)).toBe(true);
    expect(await (await kind!.loadAccess(t.ctx, { id: 'x', roles: ['analyst', 'partner', 'investigator'] }))(warned)).toBe(false);
    const rules = collectRetentionRules(MODULES).filter((r) => r.module === 'decoy');
    const noCont = rules.find((r) => r.rule.key === 'decoy.conversation.no_continuation')!.rule;
    expect((await noCont.purge(t.ctx, { expiredBefore: new Date(clock.now().getTime() + 1000), limit: 10, dryRun: true, isHeld: () => false })).count).toBe(2);
    expect((await noCont.purge(t.ctx, { expiredBefore: new Date(clock.now().getTime() + 1000), limit: 10, dryRun: false, isHeld: () => false })).count).toBe(2);
    expect((await sql(t, 'select count(*)::int as n from decoy_conversations'))[0]?.n).toBe(1);
    expect((await sql(t, "select count(*)::int as n from identifier_occurrences where source_type = 'decoy_contact' and source_id = $1", [desisted]))[0]?.n).toBe(0);
  });
});
