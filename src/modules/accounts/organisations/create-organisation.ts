import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { isOrganisationKind } from './organisation-kinds.ts';
import { findOrganisationByName, insertOrganisation } from '../queries.ts';

export type CreateOrganisationResult =
  | { ok: true; id: string; name: string }
  | { ok: false; problems: { name?: 'missingName' | 'nameTooLong' | 'nameTaken'; kind?: 'missingKind' } };

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === '23505';

/** Adds a chain partner (or our own organisation). Names are unique regardless of capitals. */
export const createOrganisation = async (
  ctx: AppContext,
  input: { name: string; kind: string },
  actor: AuditActor,
): Promise<CreateOrganisationResult> => {
  const name = input.name.trim().replace(/\s+/g, ' ');
  const problems: { name?: 'missingName' | 'nameTooLong' | 'nameTaken'; kind?: 'missingKind' } = {};
  if (!name) problems.name = 'missingName';
  else if (name.length > 200) problems.name = 'nameTooLong';
  else if (await findOrganisationByName(ctx.db, name)) problems.name = 'nameTaken';
  if (!isOrganisationKind(input.kind)) problems.kind = 'missingKind';
  if (problems.name || problems.kind) return { ok: false, problems };

  try {
    const row = await ctx.db.transaction(async (tx) => {
      const org = await insertOrganisation(tx, { name, kind: input.kind });
      await recordAuditEvent(tx, {
        actor,
        action: 'organisation.create',
        targetType: 'organisation',
        targetId: org.id,
        details: { name, kind: input.kind },
      });

      return org;
    });

    return { ok: true, id: row.id, name: row.name };
  } catch (error) {
    // Two admins adding the same name at once: the unique index decides, the second one hears why.
    if (isUniqueViolation(error) || isUniqueViolation((error as { cause?: unknown })?.cause)) {
      return { ok: false, problems: { name: 'nameTaken' } };
    }
    throw error;
  }
};
