import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorKind } from '../app/common-plugins.ts';
import { render, view } from '../app/view.ts';
import { pick } from './i18n.ts';
import { PublicLayout, StaffLayout } from './layout.tsx';
import { common } from './texts.ts';

const texts = (kind: ErrorKind, t: ReturnType<typeof pick<typeof common.nl>>): [string, string] =>
  ({
    notFound: [t.notFoundTitle, t.notFoundBody],
    forbidden: [t.forbiddenTitle, t.forbiddenBody],
    error: [t.errorTitle, t.errorBody],
    tooLarge: [t.tooLargeTitle, t.tooLargeBody],
    csrf: [t.csrfTitle, t.csrfBody],
    tooMany: [t.tooManyTitle, t.tooManyBody],
    badRequest: [t.badRequestTitle, t.badRequestBody],
    uriTooLong: [t.uriTooLongTitle, t.uriTooLongBody],
    headersTooLarge: [t.headersTooLargeTitle, t.headersTooLargeBody],
    timeout: [t.timeoutTitle, t.timeoutBody],
  })[kind] as [string, string];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A page for an error that comes before any route or plugin ran (a bad URL, headers too large, a
 * request that timed out): no session, no cookies parsed, no CSRF token — just the message, in the
 * language of the vn_lang cookie, on the site's stylesheet.
 */
export const bareErrorPage = (kind: ErrorKind, cookieHeader: string | undefined): string => {
  const lang = /(?:^|;\s*)vn_lang=en(?:;|$)/.test(cookieHeader ?? '') ? 'en' : 'nl';
  const t = pick(common, lang);
  const [title, text] = texts(kind, t).map(escapeHtml) as [string, string];

  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Vangnet</title><link rel="stylesheet" href="/assets/vangnet.css"></head><body class="utrecht-document"><main class="utrecht-page-content" id="main"><h1 class="utrecht-heading-1">${title}</h1><p class="utrecht-paragraph">${text}</p><p class="utrecht-paragraph"><a class="utrecht-link" href="/">${escapeHtml(t.backHome)}</a></p></main></body></html>`;
};

const body = (title: string, text: string, home: string) => (
  <>
    <h1 class="utrecht-heading-1">{title}</h1>
    <p class="utrecht-paragraph">{text}</p>
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href="/">
        {home}
      </a>
    </p>
  </>
);

export const renderPublicError = async (req: FastifyRequest, reply: FastifyReply, kind: ErrorKind, status: number) => {
  const v = view(req, reply);
  const t = pick(common, v.lang);
  const [title, text] = texts(kind, t);

  return render(reply, <PublicLayout view={v} title={title}>{body(title, text, t.backHome)}</PublicLayout>, status);
};

export const renderStaffError = async (req: FastifyRequest, reply: FastifyReply, kind: ErrorKind, status: number) => {
  const v = view(req, reply);
  const t = pick(common, v.lang);
  const [title, text] = texts(kind, t);

  return render(reply, <StaffLayout view={v} title={title}>{body(title, text, t.backHome)}</StaffLayout>, status);
};
