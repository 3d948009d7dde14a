import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createStaffUser } from '../../../../test/support/factories.ts';
import { canHandOverSql } from '../queries/can-hand-over-sql.ts';
import { dossierReports, dossiers, subjects } from '../schema.ts';
import { insertTestReport } from '../testing.ts';
import { canHandOver } from './can-hand-over.ts';

// Lists judge many dossiers in SQL (canHandOverSql; the chain's inbox and chain page); canHandOver
// decides one handover, share or referral. These must agree: random facts per dossier, every
// purpose, both answers compared (moved here from the chain's live-shares test, issue 11).
const PURPOSES = ['police_om', 'care_referral', 'zvh_sharing', 'comensha_registration'] as const;
const subjectArb = fc.record({
  role: fc.constantFrom('possible_victim', 'possible_victim', 'suspect', 'other'),
  age: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  ageEstimate: fc.constantFrom('', 'rond de 14', '15 of 16', 'ongeveer 11', 'onbekend', '17', '250', '1234'),
  merged: fc.boolean(),
});
const consentArb = fc.record({
  purpose: fc.constantFrom(...PURPOSES),
  givenBy: fc.constantFrom('victim', 'guardian', 'reporter'),
  withdrawn: fc.boolean(),
});
const reportArb = fc.record({
  reporterKind: fc.constantFrom('victim', 'family', 'professional'),
  victimAge: fc.constantFrom(undefined, '11', '14', '15', '16', '19', ' 13', '0', '-3', 'abc', 15, 17),
  victimAgeEstimate: fc.constantFrom(undefined, 'under_12', '12_15', '16_17', '18_plus', 'unknown'),
  consents: fc.array(fc.record({ purpose: fc.constantFrom('police', 'care', 'zvh', 'other'), granted: fc.boolean() }), { maxLength: 3 }),
});
const exceptionArb = fc.record({
  purpose: fc.constantFrom(...PURPOSES),
  decision: fc.constantFrom(null, 'approved', 'refused'),
  sameDecider: fc.boolean(),
});
const factsArb = fc.record({
  subjects: fc.array(subjectArb, { maxLength: 3 }),
  consents: fc.array(consentArb, { maxLength: 3 }),
  reports: fc.array(reportArb, { maxLength: 2 }),
  exceptions: fc.array(exceptionArb, { maxLength: 2 }),
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('canHandOverSql agrees with canHandOver', () => {
  it('on random consents, ages, report consents and exceptions', { timeout: 240_000 }, async () => {
    const db = t.ctx.db;
    const a = (await createStaffUser(t.ctx, { roles: ['supervisor'] })).user.id;
    const b = (await createStaffUser(t.ctx, { roles: ['supervisor'] })).user.id;
    let disagreements = 0;
    let live = 0;
    await fc.assert(
      fc.asyncProperty(factsArb, async (f) => {
        const [d] = await db.insert(dossiers).values({ title: 'Gelijk (fictief)', createdBy: a }).returning({ id: dossiers.id });
        const dossierId = d!.id;
        for (const s of f.subjects) {
          const [row] = await db.insert(subjects).values({ dossierId, role: s.role, age: s.age, ageEstimate: s.ageEstimate, createdBy: a }).returning({ id: subjects.id });
          if (s.merged) await db.update(subjects).set({ mergedInto: row!.id }).where(sql`${subjects.id} = ${row!.id}`);
        }
        for (const c of f.consents) {
          await db.execute(sql`insert into consents (dossier_id, purpose, given_by, method, scope, given_on, recorded_by, withdrawn_at, withdrawn_by)
            values (${dossierId}, ${c.purpose}, ${c.givenBy}, 'written', 'test (fictief)', '2026-11-20', ${a}, ${c.withdrawn ? new Date('2026-11-25T10:00:00Z') : null}, ${c.withdrawn ? a : null})`);
        }
        for (const r of f.reports) {
          const answers: Record<string, unknown> = {};
          if (r.victimAge !== undefined) answers.victimAge = r.victimAge;
          if (r.victimAgeEstimate !== undefined) answers.victimAgeEstimate = r.victimAgeEstimate;
          const report = await insertTestReport(t.ctx, answers);
          await db.execute(sql`update reports set reporter_kind = ${r.reporterKind} where id = ${report.id}`);
          await db.insert(dossierReports).values({ dossierId, reportId: report.id, linkedBy: a });
          for (const c of r.consents) await db.execute(sql`insert into report_consents (report_id, purpose, granted, source) values (${report.id}, ${c.purpose}, ${c.granted}, 'reporter')`);
        }
        for (const e of f.exceptions) {
          await db.execute(sql`insert into consent_exceptions (dossier_id, purpose, ground, reason, requested_by, decision, decided_by)
            values (${dossierId}, ${e.purpose}, 'acute_danger', 'test (fictief)', ${a}, ${e.decision}, ${e.decision ? (e.sameDecider ? a : b) : null})`);
        }
        const columns = PURPOSES.map((p) => sql`${canHandOverSql(sql`${dossierId}`, sql`${p}`)} as ${sql.identifier(p)}`);
        const result = await db.execute(sql`select ${sql.join(columns, sql`, `)}`);
        const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
        for (const purpose of PURPOSES) {
          const expected = (await canHandOver(db, { id: dossierId }, purpose)).ok;
          if (expected) live += 1;
          if ((row[purpose] === true) !== expected) disagreements += 1;
          expect(row[purpose] === true, `${purpose} ${JSON.stringify(f)}`).toBe(expected);
        }
      }),
      { numRuns: 120 },
    );
    expect(disagreements).toBe(0);
    // The random facts reach both answers often enough to mean something.
    expect(live).toBeGreaterThan(20);
  });
});
