import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser } from '../../../../test/support/factories.ts';
import { insertOrganisation } from '../../accounts/testing.ts';
import { dossiers } from '../../cases/index.ts';
import { chainShares } from '../schema.ts';
import { selectInboxShares, selectLiveFlags } from './live-shares.ts';

// The inbox and the chain page judge shares in one query (live-shares.ts): not stopped, end day not
// passed, and cases' canHandOverSql (kept equal to canHandOver on random facts by
// cases/handover/can-hand-over-sql.test.ts). Here: the share's own parts and the list's limits.
const TODAY = '2026-12-04';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the live test of shares in one query', () => {
  it('answers for a share that is not stopped, not past its end day and on a basis that holds', async () => {
    const db = t.ctx.db;
    const a = (await createStaffUser(t.ctx, { roles: ['supervisor'] })).user.id;
    const org = await insertOrganisation(db, { name: 'ZVH Vlaggen (fictief)', kind: 'zvh' });
    const [d] = await db.insert(dossiers).values({ title: 'Vlaggen (fictief)', createdBy: a }).returning({ id: dossiers.id });
    await db.execute(sql`insert into consents (dossier_id, purpose, given_by, method, scope, given_on, recorded_by)
      values (${d!.id}, 'zvh_sharing', 'reporter', 'written', 'test (fictief)', '2026-11-20', ${a})`);
    const share = async (purpose: string, endsOn: string, revoked: boolean) => {
      const [s] = await db
        .insert(chainShares)
        .values({ dossierId: d!.id, organisationId: org.id, purpose, basis: 'test', reason: 'test (fictief)', sections: ['summary'], endsOn, sharedBy: a, revokedAt: revoked ? new Date('2026-12-01T10:00:00Z') : null })
        .returning({ id: chainShares.id });
      return s!.id;
    };
    const live = await share('zvh_sharing', TODAY, false);
    const stopped = await share('zvh_sharing', '2027-01-31', true);
    const past = await share('zvh_sharing', '2026-12-03', false);
    const noBasis = await share('care_referral', '2027-01-31', false);
    const flags = await selectLiveFlags(db, [live, stopped, past, noBasis], TODAY);
    expect([flags.get(live), flags.get(stopped), flags.get(past), flags.get(noBasis)]).toEqual([true, false, false, false]);
    // A withdrawn consent ends it on the next question.
    await db.execute(sql`update consents set withdrawn_at = now(), withdrawn_by = ${a} where dossier_id = ${d!.id}`);
    expect((await selectLiveFlags(db, [live], TODAY)).get(live)).toBe(false);
    expect(await selectLiveFlags(db, [], TODAY)).toEqual(new Map());
  });

  it('lists the newest live shares and the newest ended ones, each within its own limit', async () => {
    const db = t.ctx.db;
    const a = (await createStaffUser(t.ctx, { roles: ['supervisor'] })).user.id;
    const org = await insertOrganisation(db, { name: 'Zorg Lijst (fictief)', kind: 'care' });
    const [d] = await db.insert(dossiers).values({ title: 'Lijst (fictief)', createdBy: a }).returning({ id: dossiers.id });
    await db.execute(sql`insert into consents (dossier_id, purpose, given_by, method, scope, given_on, recorded_by)
      values (${d!.id}, 'care_referral', 'reporter', 'written', 'test (fictief)', '2026-11-20', ${a})`);
    // Oldest first: 3 live, then 5 ended (revoked), so the ended ones are the newest.
    const made: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const [s] = await db
        .insert(chainShares)
        .values({ dossierId: d!.id, organisationId: org.id, purpose: 'care_referral', basis: 'test', reason: `Deel ${i} (fictief)`, sections: ['summary', 'plan'], endsOn: '2027-01-31', sharedBy: a, sharedAt: new Date(Date.UTC(2026, 10, 1 + i)), revokedAt: i >= 3 ? new Date('2026-12-01T10:00:00Z') : null })
        .returning({ id: chainShares.id });
      made.push(s!.id);
    }
    const list = await selectInboxShares(db, org.id, TODAY, 2, 3);
    expect(list.filter((s) => s.live).map((s) => s.id)).toEqual([made[2], made[1]]);
    expect(list.filter((s) => !s.live).map((s) => s.id)).toEqual([made[7], made[6], made[5]]);
    expect(list[0]).toMatchObject({ reason: 'Deel 7 (fictief)', sections: ['summary', 'plan'], endsOn: '2027-01-31', dossierId: d!.id });
    expect(await selectInboxShares(db, (await insertOrganisation(db, { name: 'Leeg (fictief)', kind: 'care' })).id, TODAY, 2, 3)).toEqual([]);
  });
});
