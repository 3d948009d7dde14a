// Every domain's tables, gathered for Drizzle. A new module adds one line here.
export * from '../modules/accounts/schema.ts';
export * from '../modules/audit/schema.ts';
export * from '../modules/intake/schema.ts';
export * from '../modules/evidence/schema.ts';
export * from '../modules/cases/schema.ts';
export * from '../modules/identifiers/schema.ts';
export * from '../modules/monitor/schema.ts';
export * from '../modules/decoy/schema.ts';
export * from '../modules/public-info/schema.ts';
export * from '../modules/municipalities/schema.ts';
export * from '../modules/chain/schema.ts';
export * from '../modules/retention/schema.ts';
export * from '../modules/subject-requests/schema.ts';
