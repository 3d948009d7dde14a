import { accountsModule } from '../modules/accounts/module.ts';
import { auditModule } from '../modules/audit/module.ts';
import { casesModule } from '../modules/cases/module.ts';
import { chainModule } from '../modules/chain/module.ts';
import { decoyModule } from '../modules/decoy/module.ts';
import { evidenceModule } from '../modules/evidence/module.ts';
import { identifiersModule } from '../modules/identifiers/module.ts';
import { intakeModule } from '../modules/intake/module.ts';
import { jobsModule } from '../modules/jobs/module.ts';
import { linksModule } from '../modules/links/module.ts';
import { monitorModule } from '../modules/monitor/module.ts';
import { publicInfoModule } from '../modules/public-info/module.ts';
import { municipalitiesModule } from '../modules/municipalities/module.ts';
import { publicSiteModule } from '../modules/public-site/module.ts';
import { retentionModule } from '../modules/retention/module.ts';
import { subjectRequestsModule } from '../modules/subject-requests/module.ts';
import type { VangnetModule } from './module.ts';

/** Every domain module, in the order their routes register. A new module adds one line. */
export const MODULES: VangnetModule[] = [publicSiteModule, accountsModule, auditModule, jobsModule, intakeModule, casesModule, evidenceModule, identifiersModule, linksModule, monitorModule, decoyModule, publicInfoModule, municipalitiesModule, chainModule, retentionModule, subjectRequestsModule];
