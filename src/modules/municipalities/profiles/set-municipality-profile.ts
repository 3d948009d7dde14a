import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { isMunicipalityCode } from '../../../app/cbs-municipalities.ts';
import { findOrganisation, findProfileByCode, upsertProfile } from '../queries.ts';

export const REGION_MAX = 100;

/** Ties an organisation of kind municipality to its CBS code and (optionally) a region. Admins only. */
export const setMunicipalityProfile = async (
  ctx: AppContext,
  admin: { id: string; name: string },
  input: { organisationId: string; cbsCode: string; region: string },
): Promise<Result<{ organisationId: string }>> => {
  const org = await findOrganisation(ctx.db, input.organisationId);
  if (!org || org.kind !== 'municipality') return fail(problem('not_found', { nl: 'Deze gemeente bestaat niet (meer).', en: 'This municipality does not exist (any more).' }));
  if (!isMunicipalityCode(input.cbsCode)) return fail(problem('bad_code', { nl: 'Kies een gemeente uit de lijst van het CBS.', en: 'Choose a municipality from the CBS list.' }, 'code'));
  if (input.region.length > REGION_MAX) return fail(problem('too_long', { nl: `Maak de naam van de regio korter: ten hoogste ${REGION_MAX} tekens.`, en: `Make the region name shorter: at most ${REGION_MAX} characters.` }, 'regio'));
  const taken = await findProfileByCode(ctx.db, input.cbsCode);
  if (taken && taken.organisationId !== org.id) return fail(problem('conflict', { nl: 'Een andere organisatie heeft deze gemeentecode al.', en: 'Another organisation already has this municipality code.' }, 'code'));

  return ctx.db.transaction(async (tx) => {
    await upsertProfile(tx, { organisationId: org.id, cbsCode: input.cbsCode, region: input.region, now: ctx.clock.now() });
    await recordAuditEvent(tx, { actor: { userId: admin.id, label: admin.name }, action: 'municipality.profile', targetType: 'organisation', targetId: org.id, details: { cbsCode: input.cbsCode, region: input.region } });

    return ok({ organisationId: org.id });
  });
};
