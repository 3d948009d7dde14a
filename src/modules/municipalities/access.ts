import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { forbidden } from '../../app/errors.ts';
import type { Role } from '../accounts/index.ts';
import { findProfileByOrganisation } from './queries.ts';

/** Who works with assessments and action plans: policy officers of a municipality. */
export const ASSESSMENT_ROLES: readonly Role[] = ['municipality'];
/** Who sees a figures dashboard; each only for its own area (see dashboardArea). */
export const DASHBOARD_ROLES: readonly Role[] = ['municipality', 'supervisor', 'analyst'];
/** Who sees every municipality and the national figures. */
export const NATIONAL_ROLES: readonly Role[] = ['supervisor', 'analyst'];
/** Who sees the chain figures of their own organisation (referrals and shares it received). */
export const PARTNER_DASHBOARD_ROLES: readonly Role[] = ['partner'];
/** Who ties an organisation of kind municipality to its CBS code and region. */
export const PROFILE_ROLES: readonly Role[] = ['admin'];

export type MunicipalityUser = { id: string; name: string; roles: readonly string[]; organisationId: string | null };

/** The municipality a user works for, with the scopes of the assessments they share; null when not set up. */
export type MunicipalityActor = { user: MunicipalityUser; organisationId: string; cbsCode: string; region: string; scopes: string[] };

export const municipalityScope = (organisationId: string) => `municipality:${organisationId}`;
export const regionScope = (region: string) => `region:${region}`;

export const loadMunicipalityActor = async (ctx: AppContext, user: MunicipalityUser): Promise<MunicipalityActor | null> => {
  if (!user.roles.includes('municipality') || !user.organisationId) return null;
  const profile = await findProfileByOrganisation(ctx.db, user.organisationId);
  if (!profile) return null;
  const scopes = [municipalityScope(user.organisationId), ...(profile.region ? [regionScope(profile.region)] : [])];

  return { user, organisationId: user.organisationId, cbsCode: profile.cbsCode, region: profile.region, scopes };
};

/** An assessment is shared by the officers of its municipality, or of every municipality in its region. */
export const mayUseAssessment = (actor: MunicipalityActor, scope: string): boolean => actor.scopes.includes(scope);

/** The signed-in staff member of a request (the route's access rule already let them in). */
export const activeUser = (req: FastifyRequest): MunicipalityUser => {
  const staff = req.staff;
  if (staff?.stage !== 'active') throw forbidden('not signed in');

  return staff.user;
};
