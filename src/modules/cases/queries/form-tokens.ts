import { lt } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { dossierFormTokens } from '../schema.ts';

const DAY_MS = 24 * 60 * 60_000;

/**
 * Claims a form's token inside the command's transaction: true the first time, false when the same
 * form was posted before (the first post's change stands). Concurrent posts of one token: the second
 * waits for the first's primary key and then inserts nothing.
 */
export const claimFormToken = async (tx: Db, values: { token: string; dossierId: string; now: Date }): Promise<boolean> => {
  await tx.delete(dossierFormTokens).where(lt(dossierFormTokens.createdAt, new Date(values.now.getTime() - DAY_MS)));
  const rows = await tx
    .insert(dossierFormTokens)
    .values({ token: values.token, dossierId: values.dossierId, createdAt: values.now })
    .onConflictDoNothing()
    .returning({ token: dossierFormTokens.token });

  return rows.length === 1;
};
