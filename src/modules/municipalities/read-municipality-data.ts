import type { AppContext } from '../../app/context.ts';
import { findAction, findOrganisationName, findAssessment, listAssessmentsOfScopes, listMunicipalityOrganisations, listRegionCodes, listRegions } from './queries.ts';

/** The reads the pages need (routes never run SQL themselves). */
export const readAssessment = (ctx: AppContext, id: string) => findAssessment(ctx.db, id);
export const readAction = (ctx: AppContext, id: string) => findAction(ctx.db, id);
export const readAssessmentsOf = (ctx: AppContext, scopes: string[]) => listAssessmentsOfScopes(ctx.db, scopes);
export const readMunicipalityOrganisations = (ctx: AppContext) => listMunicipalityOrganisations(ctx.db);
export const readRegions = (ctx: AppContext) => listRegions(ctx.db);
export const readRegionCodes = (ctx: AppContext, region: string) => listRegionCodes(ctx.db, region);
export type { AssessmentRow } from './queries.ts';
export const readOrganisationName = (ctx: AppContext, id: string) => findOrganisationName(ctx.db, id);
