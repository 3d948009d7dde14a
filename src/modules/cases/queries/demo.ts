import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { dossiers } from '../schema.ts';
import type { DossierRow } from './shared.ts';

/** `vangnet demo`: a demo dossier by its (unique, "Fictief: …") title, so a second run skips it. */
export const findDossierByTitle = async (db: Db, title: string): Promise<DossierRow | null> => {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.title, title)).limit(1);

  return row ?? null;
};
