import type { Db } from '../../db/client.ts';
import { insertDossierMatchAlerts } from './queries.ts';

/**
 * Alerts the owners of open dossiers that share an identifier with these ads or their template
 * groups (issue 6 point 6). Called when an ad is stored (its own identifiers, and its group as last
 * computed) and after regrouping (every ad, because groups change). Idempotent: an alert that exists
 * is not written again, so a repeat crawl alerts nobody twice. Watched identifiers alert through the
 * identifier index itself (recordOccurrences), not here.
 */
export const alertDossierMatches = (db: Db, adIds: string[] | null): Promise<number> => insertDossierMatchAlerts(db, adIds);
