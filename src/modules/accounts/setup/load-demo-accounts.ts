import type { AppContext } from '../../../app/context.ts';
import type { DemoOptions } from '../../../app/module.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { createOrganisation } from '../organisations/create-organisation.ts';
import { createUser } from '../users/create-user.ts';
import type { OrganisationKind } from '../organisations/organisation-kinds.ts';
import { generateOneTimePassword, hashPassword } from '../sign-in/passwords.ts';
import { findOrganisationByName, findUserByEmail, updateUserAccount } from '../queries.ts';
import { ROLES, type Role, roleLabels } from '../roles.ts';

const DEMO_ACTOR: AuditActor = { userId: null, label: 'demo' };

/** Clearly fictitious organisations: every name says so. */
export const DEMO_ORGANISATIONS: { name: string; kind: OrganisationKind }[] = [
  { name: 'Meldpunt Vangnet Voorbeeld (fictief)', kind: 'own' },
  { name: 'Politie Eenheid Voorbeeld (fictief)', kind: 'police' },
  { name: 'OM Arrondissement Voorbeeld (fictief)', kind: 'om' },
  { name: 'Zorg- en Veiligheidshuis Voorbeeldregio (fictief)', kind: 'zvh' },
  { name: 'Veilig Thuis Voorbeeldregio (fictief)', kind: 'veilig-thuis' },
  { name: 'Landelijk Coördinatiecentrum Voorbeeld (fictief)', kind: 'comensha' },
  { name: 'Jeugdzorg De Voorbeeldhaven (fictief)', kind: 'care' },
  { name: 'Gemeente Voorbeeldstad (fictief)', kind: 'municipality' },
];

export const demoEmail = (role: Role): string => `demo-${role.replace(/_/g, '-')}@vangnet.test`;

const ensureOrganisation = async (ctx: AppContext, org: { name: string; kind: OrganisationKind }): Promise<string> => {
  const existing = await findOrganisationByName(ctx.db, org.name);
  if (existing) return existing.id;
  const created = await createOrganisation(ctx, org, DEMO_ACTOR);
  if (!created.ok) throw new Error(`demo organisation ${org.name}: ${JSON.stringify(created.problems)}`);

  return created.id;
};

/**
 * Demo organisations and one demo user per role (demo-<role>@vangnet.test). Passwords are random.
 * They are printed only with --show-passwords; for users that already exist that means a new random
 * password, because only its hash was ever stored. Running it again adds nothing twice.
 */
export const loadDemoAccounts = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  const orgIds = new Map<OrganisationKind, string>();
  for (const org of DEMO_ORGANISATIONS) orgIds.set(org.kind, await ensureOrganisation(ctx, org));
  options.print(`Demo organisations: ${DEMO_ORGANISATIONS.length} (names end in "(fictief)").`);

  for (const role of ROLES) {
    const email = demoEmail(role);
    const existing = await findUserByEmail(ctx.db, email);
    const password = generateOneTimePassword();
    if (!existing) {
      const result = await createUser(
        ctx,
        {
          email,
          name: `Demo ${roleLabels.nl[role]} (fictief)`,
          roles: [role],
          organisationId: orgIds.get(role === 'partner' ? 'police' : 'own') ?? null,
          password,
        },
        DEMO_ACTOR,
      );
      if (!result.ok) throw new Error(`demo user ${email}: ${result.problem}`);
    } else if (options.showPasswords) {
      const passwordHash = await hashPassword(password);
      await ctx.db.transaction(async (tx) => {
        await updateUserAccount(tx, existing.id, { passwordHash, mustChangePassword: false, failedLogins: 0, lockedUntil: null });
        await recordAuditEvent(tx, { actor: DEMO_ACTOR, action: 'user.password-reset', targetType: 'user', targetId: existing.id, details: { via: 'demo' } });
      });
    }
    const state = existing ? 'exists' : 'created';
    options.print(options.showPasswords ? `  ${email.padEnd(40)} ${password}  (${state})` : `  ${email.padEnd(40)} (${state})`);
  }
  if (!options.showPasswords) {
    options.print('Passwords are not shown. Run `npm run vangnet -- demo --show-passwords` to set new demo passwords and show them,');
    options.print('or let an administrator make a one-time password under Beheer > Gebruikers.');
  }
  options.print('Each demo user sets up an authenticator app at the first sign-in.');
};
