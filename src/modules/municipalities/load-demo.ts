import type { AppContext } from '../../app/context.ts';
import type { DemoOptions } from '../../app/module.ts';
import { findOrganisationByName, upsertProfile } from './queries.ts';

export const DEMO_MUNICIPALITY = { name: 'Gemeente Voorbeeldstad (fictief)', cbsCode: 'GM0153', region: 'Voorbeeldregio (fictief)' };

/**
 * `vangnet demo`: ties the demo municipality (made by the accounts demo) to a CBS code and region, so
 * the demo municipality user sees a dashboard filled by the intake demo's fictitious reports.
 */
export const loadMunicipalityDemo = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  const org = await findOrganisationByName(ctx.db, DEMO_MUNICIPALITY.name);
  if (!org) return;
  await upsertProfile(ctx.db, { organisationId: org.id, cbsCode: DEMO_MUNICIPALITY.cbsCode, region: DEMO_MUNICIPALITY.region, now: ctx.clock.now() });
  options.print(`Demo municipality: ${DEMO_MUNICIPALITY.name} counts as CBS ${DEMO_MUNICIPALITY.cbsCode} in ${DEMO_MUNICIPALITY.region}.`);
};
