import type { AppContext } from '../../../app/context.ts';
import { fail, ok, type Problem, problem, type Result } from '../../../app/result.ts';
import { hasAccess } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { type DecoyActor, GOVERNANCE_RECORDERS } from '../access.ts';
import { amsterdamDay } from './governance.ts';
import { type GovernanceRow, insertGovernance } from '../queries/governance.ts';

export type GovernanceInput = {
  purpose: string;
  policeAgreementRef: string;
  policeContact: string;
  notificationChannel: string;
  dpiaDate: string;
  apBasis: string;
  ethicsReview: string;
  validUntil: string;
};

export const GOVERNANCE_FIELDS = ['purpose', 'policeAgreementRef', 'policeContact', 'notificationChannel', 'dpiaDate', 'apBasis', 'ethicsReview', 'validUntil'] as const;

const REQUIRED: Record<(typeof GOVERNANCE_FIELDS)[number], { nl: string; en: string }> = {
  purpose: { nl: 'Schrijf het doel op, verbonden aan de bescherming van slachtoffers.', en: 'Write down the purpose, tied to protecting victims.' },
  policeAgreementRef: { nl: 'Vul het kenmerk van de afspraak met politie en OM in.', en: 'Enter the reference of the agreement with police and prosecution.' },
  policeContact: { nl: 'Vul de contactpersoon bij de politie in.', en: 'Enter the police contact.' },
  notificationChannel: { nl: 'Vul het afgesproken meldkanaal in.', en: 'Enter the agreed notification channel.' },
  dpiaDate: { nl: 'Vul de datum van de DPIA in (jjjj-mm-dd).', en: 'Enter the date of the DPIA (yyyy-mm-dd).' },
  apBasis: { nl: 'Vul de vergunning of uitzondering van de Autoriteit Persoonsgegevens in.', en: 'Enter the Dutch DPA permit or exception.' },
  ethicsReview: { nl: 'Vul de ethische toets in (wie, wanneer, uitkomst).', en: 'Enter the ethics review (who, when, outcome).' },
  validUntil: { nl: 'Vul de einddatum in (jjjj-mm-dd).', en: 'Enter the end date (yyyy-mm-dd).' },
};

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** An admin records the programme's basis. It opens nothing until a legal reviewer (someone else) approves it. */
export const recordGovernance = async (ctx: AppContext, input: GovernanceInput, actor: DecoyActor): Promise<Result<GovernanceRow>> => {
  if (!hasAccess(GOVERNANCE_RECORDERS, actor.roles)) return fail(problem('forbidden', { nl: 'Alleen een beheerder legt de grondslag vast.', en: 'Only an administrator records the basis.' }));
  const problems: Problem[] = [];
  for (const f of GOVERNANCE_FIELDS) {
    if (input[f].length === 0) problems.push(problem('required', REQUIRED[f], f));
    else if (input[f].length > 2000) problems.push(problem('too_long', { nl: 'Te lang: hoogstens 2000 tekens.', en: 'Too long: at most 2000 characters.' }, f));
  }
  for (const f of ['dpiaDate', 'validUntil'] as const) {
    if (input[f] && !isDay(input[f])) problems.push(problem('invalid', { nl: 'Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2027-12-31.', en: 'Write the date as yyyy-mm-dd, for example 2027-12-31.' }, f));
  }
  const today = amsterdamDay(ctx.clock.now());
  if (isDay(input.validUntil) && input.validUntil < today) problems.push(problem('invalid', { nl: 'De einddatum ligt in het verleden.', en: 'The end date is in the past.' }, 'validUntil'));
  if (isDay(input.dpiaDate) && input.dpiaDate > today) problems.push(problem('invalid', { nl: 'De DPIA moet al gedaan zijn: de datum ligt in de toekomst.', en: 'The DPIA must be done already: the date is in the future.' }, 'dpiaDate'));
  if (problems.length > 0) return fail(...problems);

  const row = await ctx.db.transaction(async (tx) => {
    const saved = await insertGovernance(tx, { ...input, recordedBy: actor.id, recordedAt: ctx.clock.now() });
    await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.email }, action: 'decoy.governance.record', targetType: 'decoy_governance', targetId: saved.id, details: { ...input } });

    return saved;
  });

  return ok(row);
};
