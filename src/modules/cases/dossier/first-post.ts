import type { AppContext } from '../../../app/context.ts';
import type { Db } from '../../../db/client.ts';
import { claimFormToken } from '../queries/form-tokens.ts';

/**
 * In a command's transaction: is this the first post of this form (its token, FormReader.token)?
 * A double click or a resubmit sends the same token again; the command then stores nothing and
 * answers as saved, because the first post was. A form without a token (none of ours) is not guarded.
 */
export const firstPost = (ctx: AppContext, tx: Db, dossierId: string, token: string | null): Promise<boolean> =>
  token ? claimFormToken(tx, { token, dossierId, now: ctx.clock.now() }) : Promise.resolve(true);
