import type { Db } from '../../../db/client.ts';
import { selectHeldDossierIds } from '../queries.ts';

/** The dossiers under an open legal hold (ids), for commands outside the job that must skip them too (data-subject erasure). */
export const heldDossierIds = (db: Db): Promise<string[]> => selectHeldDossierIds(db);
