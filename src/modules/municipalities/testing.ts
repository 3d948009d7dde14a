import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../../test/support/app.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { insertOrganisation } from '../accounts/testing.ts';
import { upsertProfile } from './queries.ts';

/** A fictitious municipality organisation with its CBS code (and region), and a signed-in policy officer. */
export const municipalityOfficer = async (t: TestApp, options: { cbsCode: string; region?: string; organisationId?: string }) => {
  const organisationId =
    options.organisationId ?? (await insertOrganisation(t.ctx.db, { name: `Gemeente ${options.cbsCode} (fictief) ${randomUUID().slice(0, 6)}`, kind: 'municipality' })).id;
  if (!options.organisationId) await upsertProfile(t.ctx.db, { organisationId, cbsCode: options.cbsCode, region: options.region ?? '', now: new Date() });
  const officer = await signedInAs(t.ctx, t.staffApp, ['municipality'], { organisationId });

  return { ...officer, organisationId };
};

/** A fictitious chain partner organisation and its dossier, for the partner dashboard tests. */
export const partnerOrganisation = async (t: TestApp, kind = 'zvh') => {
  const org = await insertOrganisation(t.ctx.db, { name: `Partner ${kind} (fictief) ${randomUUID().slice(0, 6)}`, kind });
  return org;
};

/**
 * Referrals and shares to an organisation straight in the chain's tables (the chain's own commands
 * are tested in the chain module; here only the counts matter). `status` per referral; shares with
 * `live` (end day ahead, not stopped) and `read` (opened once).
 */
export const addChainRecords = async (
  t: TestApp,
  o: { organisationId: string; userId: string; at: string; referrals?: string[]; shares?: { live: boolean; read: boolean }[] },
) => {
  const exec = (q: string, params: unknown[]) => t.ctx.database.executor.executeSql(q, params) as Promise<{ rows: Record<string, unknown>[] }>;
  const dossier = await exec(`INSERT INTO dossiers (title, status, created_by) VALUES ('DOSSIER-MARKER Fictief dossier', 'open', $1) RETURNING id`, [o.userId]);
  const dossierId = dossier.rows[0]?.id;
  for (const status of o.referrals ?? []) {
    await exec(
      `INSERT INTO chain_referrals (dossier_id, organisation_id, purpose, basis, question, status, answer_by, created_by, created_at)
       VALUES ($1, $2, 'care_referral', 'exception:test', 'VRAAG-MARKER (fictief)', $3, '2026-12-31', $4, $5)`,
      [dossierId, o.organisationId, status, o.userId, o.at],
    );
  }
  for (const s of o.shares ?? []) {
    const share = await exec(
      `INSERT INTO chain_shares (dossier_id, organisation_id, purpose, basis, reason, sections, ends_on, shared_by, created_at, revoked_at)
       VALUES ($1, $2, 'zvh_sharing', 'exception:test', 'REDEN-MARKER (fictief)', ARRAY['summary'], '2026-12-31', $3, $4, $5) RETURNING id`,
      [dossierId, o.organisationId, o.userId, o.at, s.live ? null : o.at],
    );
    if (s.read) {
      await exec(`INSERT INTO chain_share_reads (share_id, user_id, user_label, sections) VALUES ($1, $2, 'Test (fictief)', ARRAY['summary'])`, [share.rows[0]?.id, o.userId]);
    }
  }
};
