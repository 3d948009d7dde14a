import { raw } from 'hono/html';
import type { View } from '../../../app/view.ts';
import { SubmitButton, TextField } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { PublicLayout } from '../../../web/layout.tsx';
import type { LangContent } from '../pages/blocks.ts';
import { infoText } from '../texts.ts';

/** One information page or campaign. The body is rendered once per version and language (pages/render-cache.ts). */
export const InfoPage = ({ view, content, bodyHtml }: { view: View; content: LangContent; bodyHtml: string }) => (
  <PublicLayout view={view} title={content.title}>
    <h1 class="utrecht-heading-1">{content.title}</h1>
    {content.summary ? <p class="utrecht-paragraph">{content.summary}</p> : null}
    {raw(bodyHtml)}
  </PublicLayout>
);

export type PageLink = { href: string; title: string; summary: string };

export const InfoIndexPage = ({ view, pages }: { view: View; pages: PageLink[] }) => {
  const t = pick(infoText, view.lang);

  return (
    <PublicLayout view={view} title={t.indexTitle}>
      <h1 class="utrecht-heading-1">{t.indexTitle}</h1>
      <p class="utrecht-paragraph">{t.indexIntro}</p>
      <AudienceCards pages={pages} />
      <h2 class="utrecht-heading-2">{t.guideTitle}</h2>
      <p class="utrecht-paragraph">{t.guideIntro}</p>
      <p class="utrecht-paragraph">
        <a class="vn-cta" href="/signalenwijzer">
          {t.guideLink}
        </a>
      </p>
    </PublicLayout>
  );
};

export const AudienceCards = ({ pages }: { pages: PageLink[] }) => (
  <ul class="vn-cards">
    {pages.map((p) => (
      <li>
        <a href={p.href}>{p.title}</a>
        <br />
        {p.summary}
      </li>
    ))}
  </ul>
);

export const SearchPage = ({ view, q, hits, error }: { view: View; q: string; hits: PageLink[] | null; error?: string }) => {
  const t = pick(infoText, view.lang);

  return (
    <PublicLayout view={view} title={t.searchTitle}>
      <h1 class="utrecht-heading-1">{t.searchTitle}</h1>
      <form method="get" action="/zoeken">
        <TextField name="q" type="search" label={t.searchLabel} hint={t.searchHint} value={q} error={error} />
        <SubmitButton>{t.searchButton}</SubmitButton>
      </form>
      {hits === null ? null : hits.length === 0 ? (
        <p class="utrecht-paragraph" role="status">
          {t.searchNone(q)}
        </p>
      ) : (
        <>
          <p class="utrecht-paragraph" role="status">
            {t.searchCount(hits.length, q)}
          </p>
          <AudienceCards pages={hits} />
        </>
      )}
    </PublicLayout>
  );
};
