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
  })[kind] as [string, string];

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
