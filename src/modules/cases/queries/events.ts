
import type { Db } from '../../../db/client.ts';
import { dossierEvents, } from '../schema.ts';

// events

export const insertEvent = (tx: Db, values: typeof dossierEvents.$inferInsert) => tx.insert(dossierEvents).values(values);
