import type { AppContext } from '../../app/context.ts';
import type { DemoOptions } from '../../app/module.ts';
import type { Result } from '../../app/result.ts';
import { findDemoUser } from '../accounts/index.ts';
import type { DecoyActor } from './access.ts';
import { approveGovernance } from './governance/approve-governance.ts';
import { approveScriptVersion } from './scripts/approve-script-version.ts';
import { changeProfileStatus } from './profiles/change-profile-status.ts';
import { createProfile } from './profiles/create-profile.ts';
import { createScriptVersion } from './scripts/create-script-version.ts';
import { addInboundMessage } from './conversations/add-inbound-message.ts';
import { applyAction } from './conversations/apply-action.ts';
import { openConversation } from './conversations/open-conversation.ts';
import { sendScriptMessage } from './conversations/send-script-message.ts';
import { decideReview } from './reviews/decide-review.ts';
import { freezeEvidence } from './reviews/freeze-evidence.ts';
import { proposeReview } from './reviews/propose-review.ts';
import { selectGovernanceRecords } from './queries/governance.ts';
import { recordGovernance } from './governance/record-governance.ts';
import { FORBIDDEN_ELEMENTS, type ScriptKind } from './scripts/scripts.ts';

const DEMO_PURPOSE = 'Fictief (demo): slachtoffers beschermen door klanten die minderjarigen zoeken af te schrikken.';

/** The demo library: one approved version of each kind a conversation needs. Fictitious texts. */
const SCRIPTS: { kind: ScriptKind; variant: string; text: string }[] = [
  { kind: 'ad_text', variant: 'standaard', text: 'Hoi, ik ben Noor (fictief demoprofiel). Ik zit in de derde klas en verveel me.' },
  { kind: 'age_disclosure', variant: 'expliciet', text: 'Ik ben 15 jaar, dat moet je wel weten.' },
  { kind: 'clarification', variant: 'neutraal', text: 'Wat bedoel je?' },
  {
    kind: 'warning',
    variant: 'A',
    text: 'Je reageerde op een profiel van iemand die aangaf 15 jaar te zijn. Seksueel contact met een minderjarige is strafbaar en beschadigt kinderen ernstig. Anonieme hulp: {hulplink}',
  },
  { kind: 'help_only', variant: 'standaard', text: 'Goed dat je stopt. Anonieme en vertrouwelijke hulp: {hulplink}' },
  { kind: 'closing', variant: 'standaard', text: 'Ik stop met dit gesprek.' },
];

const must = <T>(what: string, r: Result<T>): T => {
  if (!r.ok) throw new Error(`decoy demo ${what}: ${JSON.stringify(r.problems)}`);
  return r.value;
};

const day = (ctx: AppContext, offsetDays: number) => new Date(ctx.clock.now().getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * The whole passive flow once, through the same commands the pages use: a fictitious responder writes
 * first, the operator sends the approved explicit disclosure, he continues, the operator proposes the
 * warning and the legal reviewer (the second person) approves it, the evidence is frozen, the police
 * notification is proposed and approved with a fictitious reference. So the figures page and the
 * police package have something to show.
 */
const walkToNotification = async (ctx: AppContext, profileId: string, disclosureId: string, operator: DecoyActor, reviewer: DecoyActor) => {
  const now = ctx.clock.now();
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  const typed = (at: Date, id: string, text: string) => ({ at, atText: at.toISOString().slice(0, 16), platformMessageId: id, text });
  const conv = must(
    'conversation 2',
    await openConversation(
      ctx,
      { profileId, responderHandle: 'fictieve_klant_demo', responderUrl: 'https://voorbeeld.test/fictieve-klant-demo', responderPhone: '', responderEmail: '', first: typed(minutesAgo(50), 'fictief-demo-2-1', 'hoi schatje, heb je zin in wat leuks? (fictief demobericht)') },
      operator,
    ),
  );
  const id = conv.id;
  must('solicitation', await applyAction(ctx, { conversationId: id, action: 'solicitation', note: 'Fictief (demo).' }, operator));
  must('disclosure', await sendScriptMessage(ctx, { conversationId: id, scriptVersionId: disclosureId, approved: true }, operator));
  // After the disclosure (sent "now"): the clock allows a few minutes' skew for a phone's time.
  const reply = must('reply', await addInboundMessage(ctx, { conversationId: id, message: typed(new Date(now.getTime() + 60_000), 'fictief-demo-2-2', 'maakt niet uit. zullen we afspreken? ik betaal goed (fictief demobericht)') }, operator));
  must('continued', await applyAction(ctx, { conversationId: id, action: 'continued', note: 'Fictief (demo): stelde na de leeftijd een afspraak en betaling voor.' }, operator));
  must('warning proposal', await proposeReview(ctx, { kind: 'warning', conversationId: id, proposalMessageId: reply.id, proposed: ['meeting', 'price'], ageConfirmed: true, note: 'Fictief (demo).' }, operator));
  must('warning decision', await decideReview(ctx, { conversationId: id, kind: 'warning', approve: true, reason: 'Fictief (demo): checklist klopt.', policeReference: '' }, reviewer));
  must('freeze', await freezeEvidence(ctx, id, operator));
  must('notification proposal', await proposeReview(ctx, { kind: 'notification', conversationId: id, legalGround: 'Fictief (demo): afspraak FICTIEF-DEMO-POL-001, signaal art. 251 Sr.', privacyChecked: true, note: '' }, operator));
  must('notification decision', await decideReview(ctx, { conversationId: id, kind: 'notification', approve: true, reason: 'Fictief (demo): melding gerechtvaardigd.', policeReference: 'FICTIEF-DEMO-PL-0001' }, reviewer));
};

/**
 * `vangnet demo` for the decoy programme, through its own commands and with its four eyes: the
 * admin records a fictitious basis, the legal reviewer approves it; the operator writes the script
 * library, the legal reviewer approves each version; one profile is approved and goes live; one
 * fictitious responder writes first (a decoy never starts contact), so one conversation waits for
 * the operator; a second one went all the way to a police notification. Skipped when the demo basis exists, so a second run adds nothing.
 */
export const loadDecoyDemo = async (ctx: AppContext, options: DemoOptions): Promise<void> => {
  if ((await selectGovernanceRecords(ctx.db)).some((g) => g.purpose === DEMO_PURPOSE)) {
    options.print('Demo decoy programme: already there.');
    return;
  }
  const as = async (role: 'admin' | 'legal_reviewer' | 'decoy_operator'): Promise<DecoyActor> => {
    const u = await findDemoUser(ctx, role);
    return { id: u.id, name: u.name, email: u.email, roles: u.roles };
  };
  const [admin, reviewer, operator] = [await as('admin'), await as('legal_reviewer'), await as('decoy_operator')];
  const basis = must(
    'basis',
    await recordGovernance(
      ctx,
      {
        purpose: DEMO_PURPOSE,
        policeAgreementRef: 'FICTIEF-DEMO-POL-001',
        policeContact: 'Fictief: rechercheur team mensenhandel, Politie Eenheid Voorbeeld',
        notificationChannel: 'Fictief: beveiligd meldkanaal (demo)',
        dpiaDate: day(ctx, -30),
        apBasis: 'Fictief: vergunning Autoriteit Persoonsgegevens (demo)',
        ethicsReview: 'Fictief: ethische commissie Voorbeeldstad, positief (demo)',
        validUntil: day(ctx, 365),
      },
      admin,
    ),
  );
  must('basis approval', await approveGovernance(ctx, { id: basis.id, reason: 'Fictief (demo): alle stukken aanwezig.' }, reviewer));
  const versions = new Map<ScriptKind, string>();
  for (const s of SCRIPTS) {
    const version = must(`script ${s.kind}`, await createScriptVersion(ctx, s, operator));
    must(`script approval ${s.kind}`, await approveScriptVersion(ctx, { id: version.id, checkedAbsent: [...FORBIDDEN_ELEMENTS], reason: 'Fictief (demo): niets verbodens.' }, reviewer));
    versions.set(s.kind, version.id);
  }
  const adVersion = versions.get('ad_text') as string;
  const profile = must(
    'profile',
    await createProfile(
      ctx,
      {
        name: 'Fictief demoprofiel Noor',
        platform: 'instagram',
        handle: 'noor_fictief_demo',
        url: 'https://voorbeeld.test/noor-fictief-demo',
        statedAge: 15,
        adScriptVersionId: adVersion,
        imageProvenance: 'none',
        imageConsentRef: '',
        legalBasisNote: 'Fictief (demo): opgegeven leeftijd 15, art. 251 lid 1 Sr.',
      },
      operator,
    ),
  );
  must('profile approval', await changeProfileStatus(ctx, { id: profile.id, step: 'approve', reason: 'Fictief (demo): passief, leeftijd 15.' }, reviewer));
  must('profile live', await changeProfileStatus(ctx, { id: profile.id, step: 'live', reason: '' }, operator));
  const at = new Date(ctx.clock.now().getTime() - 3_600_000);
  must(
    'conversation',
    await openConversation(
      ctx,
      {
        profileId: profile.id,
        responderHandle: 'fictieve_afzender_demo',
        responderUrl: '',
        responderPhone: '06-12348030',
        responderEmail: '',
        first: { at, atText: at.toISOString().slice(0, 16), platformMessageId: 'fictief-demo-1', text: 'hoi, leuk profiel. hoe oud ben je? (fictief demobericht)' },
      },
      operator,
    ),
  );
  await walkToNotification(ctx, profile.id, versions.get('age_disclosure') as string, operator, reviewer);
  options.print('Demo decoy programme: approved basis, 6 approved scripts, 1 live profile, 1 conversation opened by a fictitious responder, 1 walked to a police notification with four eyes.');
};
