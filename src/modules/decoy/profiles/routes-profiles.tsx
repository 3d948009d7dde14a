import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { asForm, field, isUuid } from '../../../app/forms.ts';
import { statusOf } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import { DECOY_OPERATORS, DECOY_READERS } from '../access.ts';
import { changeProfileStatus, isProfileStep } from './change-profile-status.ts';
import { createProfile, type ProfileInput } from './create-profile.ts';
import { decoyActor } from '../decoy-actor.ts';
import { validGovernance } from '../governance/governance.ts';
import { openConversation } from '../conversations/open-conversation.ts';
import { parseTypedMessage } from '../conversations/parse-message.ts';
import { openProfile, openQueue, readConversationsOfProfile, readProfiles, readScriptVersion, readUsableScripts } from '../reads.ts';
import { OverviewPage } from './views/overview-page.tsx';
import { errorsOf } from '../views/problems.ts';
import { ProfilePage } from './views/profile-page.tsx';
import { ProfilesSection } from './views/profiles-section.tsx';
import { QueueSection } from '../triage/views/queue-section.tsx';

type Params = { Params: { id: string } };
const PROFILE_FIELDS = ['name', 'platform', 'handle', 'url', 'statedAge', 'adScriptVersionId', 'imageProvenance', 'imageConsentRef', 'legalBasisNote'] as const;
const CONTACT_FIELDS = ['responderHandle', 'responderUrl', 'responderPhone', 'responderEmail', 'at', 'platformMessageId', 'text'] as const;

/** /lokprofielen (overview with profiles), profile pages, status steps, incoming contacts. */
export const profileRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const overview = async (req: FastifyRequest, reply: FastifyReply, extra: { values?: Record<string, string>; errors?: Record<string, string | undefined> } = {}, status = 200) => {
    const open = (await validGovernance(ctx)) !== null;
    const mayRead = req.staff?.stage === 'active' && req.staff.user.roles.some((r) => (DECOY_READERS as readonly string[]).includes(r));
    const profiles = mayRead ? await readProfiles(ctx.db) : [];
    const adScripts = mayRead ? await readUsableScripts(ctx.db, ['ad_text']) : [];
    const queue = mayRead ? await openQueue(ctx.db, decoyActor(req)) : [];
    const v = view(req, reply);
    return render(
      reply,
      <OverviewPage view={v} open={open}>
        {mayRead ? <QueueSection view={v} rows={queue} /> : null}
        {mayRead ? <ProfilesSection view={v} profiles={profiles} adScripts={adScripts} open={open} {...extra} /> : null}
      </OverviewPage>,
      status,
    );
  };
  const profilePage = async (req: FastifyRequest, reply: FastifyReply, id: string, extra: { values?: Record<string, string>; errors?: Record<string, string | undefined> } = {}, status = 200) => {
    const profile = isUuid(id) ? await openProfile(ctx.db, decoyActor(req), id) : null;
    if (!profile) throw notFound();
    const open = (await validGovernance(ctx)) !== null;
    return render(
      reply,
      <ProfilePage view={view(req, reply)} profile={profile} adScript={await readScriptVersion(ctx.db, profile.adScriptVersionId)} conversations={await readConversationsOfProfile(ctx.db, profile.id)} open={open} {...extra} />,
      status,
    );
  };

  app.get('/lokprofielen', { config: { access: ['admin', ...DECOY_READERS] } }, async (req, reply) => overview(req, reply));

  app.post('/lokprofielen/profielen', { config: { access: DECOY_OPERATORS } }, async (req, reply) => {
    const body = asForm(req.body);
    const values = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, field(body, f).slice(0, 5000)])) as Record<(typeof PROFILE_FIELDS)[number], string>;
    const age = /^\d{1,2}$/.test(values.statedAge) ? Number(values.statedAge) : null;
    const input: ProfileInput = { ...values, statedAge: age };
    const result = await createProfile(ctx, input, decoyActor(req));
    if (result.ok) return reply.redirect(`/lokprofielen/profielen/${result.value.id}`, 303);
    return overview(req, reply, { values, errors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.get<Params>('/lokprofielen/profielen/:id', { config: { access: DECOY_READERS } }, async (req, reply) => profilePage(req, reply, req.params.id));

  app.post<Params>('/lokprofielen/profielen/:id/status', { config: { access: ['decoy_operator', 'legal_reviewer'] } }, async (req, reply) => {
    if (!isUuid(req.params.id)) throw notFound();
    const body = asForm(req.body);
    const step = field(body, 'step');
    const reason = field(body, 'reason').slice(0, 5000);
    if (!isProfileStep(step)) return profilePage(req, reply, req.params.id, { errors: { form: req.lang === 'en' ? 'Unknown step.' : 'Onbekende stap.' } }, 400);
    const result = await changeProfileStatus(ctx, { id: req.params.id, step, reason }, decoyActor(req));
    if (result.ok) return reply.redirect(`/lokprofielen/profielen/${req.params.id}`, 303);
    return profilePage(req, reply, req.params.id, { values: { reason }, errors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });

  app.post<Params>('/lokprofielen/profielen/:id/contacten', { config: { access: DECOY_OPERATORS } }, async (req, reply) => {
    if (!isUuid(req.params.id)) throw notFound();
    const body = asForm(req.body);
    const values = Object.fromEntries(CONTACT_FIELDS.map((f) => [f, field(body, f).slice(0, 20_000)]));
    const result = await openConversation(
      ctx,
      { profileId: req.params.id, responderHandle: values.responderHandle ?? '', responderUrl: values.responderUrl ?? '', responderPhone: values.responderPhone ?? '', responderEmail: values.responderEmail ?? '', first: parseTypedMessage(body) },
      decoyActor(req),
    );
    if (result.ok) return reply.redirect(`/lokprofielen/gesprekken/${result.value.id}`, 303);
    return profilePage(req, reply, req.params.id, { values, errors: errorsOf(result.problems, req.lang) }, statusOf(result.problems));
  });
};
