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
