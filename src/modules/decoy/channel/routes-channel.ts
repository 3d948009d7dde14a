import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { statusOf } from '../../../app/result.ts';
import { parseChannelMessage } from './parse-channel-message.ts';
import { receiveChannelMessage } from './receive-channel-message.ts';
import { checkChannelSignature, REPLAY_WINDOW_SECONDS } from './signature.ts';

export const CHANNEL_PATH = '/kanaal/lokprofielen/berichten';
/** One message of at most 10,000 characters, JSON-escaped, with its sender and media description. */
export const CHANNEL_BODY_LIMIT = 64 * 1024;

const answer = (reply: FastifyReply, status: number, problems: { code: string; field?: string; message: { nl: string; en: string } }[]) =>
  reply.code(status).type('application/json; charset=utf-8').send({ ok: false, problems: problems.map((p) => ({ code: p.code, field: p.field ?? null, nl: p.message.nl, en: p.message.en })) });

const one = (code: string, nl: string, en: string) => [{ code, message: { nl, en } }];

const SIGNATURE_TEXTS = {
  no_timestamp: one('no_timestamp', 'De kop X-Vangnet-Timestamp ontbreekt of is geen Unix-tijd in seconden. Er is niets opgeslagen.', 'The X-Vangnet-Timestamp header is missing or not Unix time in seconds. Nothing was stored.'),
  stale: one('stale', `De aanroep is ouder (of nieuwer) dan ${REPLAY_WINDOW_SECONDS / 60} minuten: mogelijk een herhaling. Er is niets opgeslagen. Klopt de klok van het kanaal?`, `The call is older (or newer) than ${REPLAY_WINDOW_SECONDS / 60} minutes: possibly a replay. Nothing was stored. Is the channel’s clock right?`),
  bad_signature: one('bad_signature', 'De handtekening (X-Vangnet-Signature) klopt niet. Er is niets opgeslagen.', 'The signature (X-Vangnet-Signature) is wrong. Nothing was stored.'),
};

/**
 * The inbound webhook of a decoy channel adapter (issue 15 point 4), on the public surface, whose log
 * never holds an IP address or user agent; this route stores neither. Authenticated by an HMAC over
 * the exact body bytes and a timestamp (replay window on the injected clock), so it opts out of the
 * form CSRF check. Answers are JSON with a Dutch and an English sentence per problem.
 */
export const channelRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: CHANNEL_BODY_LIMIT }, (_req, body, done) => done(null, body));
    scope.setErrorHandler(async (error: FastifyError, _req, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return answer(reply, 413, one('too_large', `De inhoud is groter dan ${CHANNEL_BODY_LIMIT / 1024} KB. Er is niets opgeslagen.`, `The body is larger than ${CHANNEL_BODY_LIMIT / 1024} KB. Nothing was stored.`));
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return answer(reply, 415, one('media_type', 'Stuur de inhoud als application/json.', 'Send the body as application/json.'));
      return answer(reply, error.statusCode && error.statusCode < 500 ? error.statusCode : 500, one('error', 'Er ging iets mis. Er is niets opgeslagen; probeer het later opnieuw.', 'Something went wrong. Nothing was stored; try again later.'));
    });
    scope.post(CHANNEL_PATH, { config: { csrf: false } }, async (req, reply) => {
      const secret = ctx.config.decoyChannelSecret;
      if (!secret) return answer(reply, 503, one('channel_off', 'Het kanaal voor lokprofielen staat uit (geen DECOY_CHANNEL_SECRET ingesteld).', 'The decoy channel is off (no DECOY_CHANNEL_SECRET set).'));
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const header = (name: string) => {
        const v = req.headers[name];
        return typeof v === 'string' ? v : undefined;
      };
      const check = checkChannelSignature(secret, { timestamp: header('x-vangnet-timestamp'), signature: header('x-vangnet-signature'), body, now: ctx.clock.now() });
      if (check !== 'ok') return answer(reply, 401, SIGNATURE_TEXTS[check]);
      const parsed = parseChannelMessage(body);
      if (!parsed.ok) return answer(reply, 400, parsed.problems);
      const result = await receiveChannelMessage(ctx, parsed.value);
      if (!result.ok) return answer(reply, result.problems.some((p) => p.code === 'closed' || p.code === 'not_live') ? 409 : statusOf(result.problems), result.problems);
      return reply.code(result.value.status === 'stored' ? 201 : 200).send({ ok: true, ...result.value });
    });
  });
};
