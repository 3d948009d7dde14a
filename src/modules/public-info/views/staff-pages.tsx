import type { View } from '../../../app/view.ts';
import { Alert, ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextArea, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import type { LangContent, PageContent } from '../pages/blocks.ts';
import type { PageFormValues } from '../editing/parse-page-form.ts';
import type { PageRow, VersionRow } from '../queries.ts';
import { staffText } from '../staff-texts.ts';
import { Blocks } from './blocks.tsx';
import { TableRegion } from '../../../web/components/table-region.tsx';

type T = typeof staffText.nl;

export type PageListRow = { id: string; slug: string; kind: 'page' | 'campaign'; latestVersion: number; publishedVersionId: string | null; proposed: number };

export const PageListPage = ({ view, rows, mayEdit }: { view: View; rows: PageListRow[]; mayEdit: boolean }) => {
  const t = pick(staffText, view.lang);

  return (
    <StaffLayout view={view} title={t.listTitle}>
      <h1 class="utrecht-heading-1">{t.listTitle}</h1>
      <p class="utrecht-paragraph">{t.listIntro}</p>
      <p class="utrecht-paragraph">
        {mayEdit ? (
          <a class="vn-cta" href="/inhoud/nieuw">
            {t.newPage}
          </a>
        ) : null}{' '}
        <a class="utrecht-link" href="/inhoud/links">
          {t.linksTitle}
        </a>
      </p>
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.none}</p>
      ) : (
        <TableRegion label={t.listTitle}>
          <table class="utrecht-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.colPage}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colKind}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colVersion}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colLive}</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colWaiting}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {rows.map((r) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/inhoud/${r.id}`}>
                      {r.slug}
                    </a>
                  </td>
                  <td class="utrecht-table__cell">{r.kind === 'campaign' ? t.kindCampaign : t.kindPage}</td>
                  <td class="utrecht-table__cell">{r.latestVersion}</td>
                  <td class="utrecht-table__cell">{r.publishedVersionId ? t.yes : t.no}</td>
                  <td class="utrecht-table__cell">{r.proposed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </StaffLayout>
  );
};

const History = ({ t, view, page, versions }: { t: T; view: View; page: PageRow; versions: VersionRow[] }) => (
  <TableRegion label={t.pageTitle(page.slug)}>
    <table class="utrecht-table">
      <caption>{t.historyTitle}</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col">{t.colNumber}</th>
          <th class="utrecht-table__header-cell" scope="col">{t.colStatus}</th>
          <th class="utrecht-table__header-cell" scope="col">{t.colBy}</th>
          <th class="utrecht-table__header-cell" scope="col">{t.colWhen}</th>
          <th class="utrecht-table__header-cell" scope="col">{t.colWhy}</th>
          <th class="utrecht-table__header-cell" scope="col">{t.colReviewer}</th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {versions.map((v) => (
          <tr class="utrecht-table__row">
            <td class="utrecht-table__cell">
              <a class="utrecht-link" href={`/inhoud/${page.id}/versies/${v.number}`}>
                {t.open} {v.number}
              </a>
            </td>
            <td class="utrecht-table__cell">{t.status[v.status] ?? v.status}</td>
            <td class="utrecht-table__cell">{v.createdByLabel}</td>
            <td class="utrecht-table__cell">{formatDateTime(view.lang, v.createdAt)}</td>
            <td class="utrecht-table__cell">{v.reason}</td>
            <td class="utrecht-table__cell">{v.reviewedByLabel ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </TableRegion>
);

export const PageOverviewPage = ({
  view,
  page,
  versions,
  codes,
  mayEdit,
  notice,
}: {
  view: View;
  page: PageRow;
  versions: VersionRow[];
  codes: string[];
  mayEdit: boolean;
  notice?: string;
}) => {
  const t = pick(staffText, view.lang);
  const live = versions.find((v) => v.id === page.publishedVersionId);

  return (
    <StaffLayout view={view} title={t.pageTitle(page.slug)}>
      <h1 class="utrecht-heading-1">{t.pageTitle(page.slug)}</h1>
      {notice ? <Alert type="ok">{notice}</Alert> : null}
      <p class="utrecht-paragraph">
        {page.kind === 'page' ? (
          <>
            {t.publicAddress}: <code>/informatie/{page.slug}</code>
          </>
        ) : (
          <>
            {t.landingPaths}: {codes.map((c) => `/c/${c}`).join(', ') || '–'}
          </>
        )}
      </p>
      <p class="utrecht-paragraph">{live ? t.liveVersion(live.number) : t.noLive}</p>
      <p class="utrecht-paragraph">
        {mayEdit ? (
          <a class="vn-cta" href={`/inhoud/${page.id}/bewerken`}>
            {t.edit}
          </a>
        ) : null}{' '}
        {page.kind === 'campaign' ? (
          <a class="utrecht-link" href={`/inhoud/${page.id}/cijfers`}>
            {t.figures}
          </a>
        ) : null}
      </p>
      <History t={t} view={view} page={page} versions={versions} />
    </StaffLayout>
  );
};

const Preview = ({ content, lang }: { content: PageContent; lang: 'nl' | 'en' }) => {
  const c: LangContent = content[lang];

  return (
    <div class="vn-preview" lang={lang}>
      <h2 class="utrecht-heading-2">{c.title}</h2>
      {c.summary ? <p class="utrecht-paragraph">{c.summary}</p> : null}
      <Blocks blocks={c.blocks} />
    </div>
  );
};

export const VersionPage = ({
  view,
  page,
  version,
  mayApprove,
  mayEdit,
  error,
}: {
  view: View;
  page: PageRow;
  version: VersionRow;
  mayApprove: boolean;
  mayEdit: boolean;
  error?: string;
}) => {
  const t = pick(staffText, view.lang);
  const own = version.createdBy === view.user?.id;

  return (
    <StaffLayout view={view} title={t.versionTitle(page.slug, version.number)}>
      <h1 class="utrecht-heading-1">{t.versionTitle(page.slug, version.number)}</h1>
      {error ? <Alert type="error">{error}</Alert> : null}
      <p class="utrecht-paragraph">
        {t.status[version.status]} · {version.createdByLabel} · {formatDateTime(view.lang, version.createdAt)} · {version.reason}
      </p>
      {version.status === 'proposed' && mayApprove ? (
        own ? (
          <p class="utrecht-paragraph">{t.ownVersionNote}</p>
        ) : (
          <>
            <form method="post" action={`/inhoud/versies/${version.id}/goedkeuren`}>
              <CsrfField token={view.csrf} />
              <SubmitButton>{t.approve}</SubmitButton>
            </form>
            <form method="post" action={`/inhoud/versies/${version.id}/afwijzen`}>
              <CsrfField token={view.csrf} />
              <TextField name="reason" label={t.rejectReason} maxlength={500} />
              <SubmitButton secondary>{t.reject}</SubmitButton>
            </form>
          </>
        )
      ) : null}
      {mayEdit && version.status !== 'proposed' && version.id !== page.publishedVersionId ? (
        <form method="post" action={`/inhoud/${page.id}/terugzetten`}>
          <CsrfField token={view.csrf} />
          <input type="hidden" name="versie" value={String(version.number)} />
          <p class="utrecht-paragraph">{t.rollBackNote}</p>
          <SubmitButton secondary>{t.rollBack}</SubmitButton>
        </form>
      ) : null}
      <p class="utrecht-paragraph">{t.previewNote}</p>
      <h2 class="utrecht-heading-2">{t.dutch}</h2>
      <Preview content={version.content} lang="nl" />
      <h2 class="utrecht-heading-2">{t.english}</h2>
      <Preview content={version.content} lang="en" />
    </StaffLayout>
  );
};

export type EditorState = {
  values: PageFormValues;
  errors?: FieldErrors;
  preview?: PageContent;
  theirs?: VersionRow;
};

const LangFields = ({ t, lang, values, errors }: { t: T; lang: 'Nl' | 'En'; values: PageFormValues; errors: FieldErrors }) => (
  <fieldset class="utrecht-form-fieldset">
    <legend class="utrecht-form-fieldset__legend utrecht-form-label">{lang === 'Nl' ? t.dutch : t.english}</legend>
    <TextField name={`title${lang}`} label={t.title} value={values[`title${lang}`]} error={errors[`title${lang}`]} maxlength={200} />
    <TextField name={`summary${lang}`} label={t.summary} value={values[`summary${lang}`]} error={errors[`summary${lang}`]} maxlength={600} />
    <TextArea name={`source${lang}`} label={t.source} hint={t.sourceHint} value={values[`source${lang}`]} error={errors[`source${lang}`]} rows={20} />
  </fieldset>
);

export const EditorPage = ({ view, page, state, action }: { view: View; page: PageRow | null; state: EditorState; action: string }) => {
  const t = pick(staffText, view.lang);
  const errors = state.errors ?? {};
  const title = page ? t.editTitle(page.slug) : t.newTitle;

  return (
    <StaffLayout view={view} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      {Object.keys(errors).length > 0 ? <ErrorSummary title={view.lang === 'en' ? 'There is a problem' : 'Er is een probleem'} errors={errors} /> : null}
      {state.theirs ? (
        <section class="vn-compare" aria-label={t.staleTheirs(state.theirs.number, state.theirs.createdByLabel)}>
          <div>
            <h2 class="utrecht-heading-2">{t.staleTheirs(state.theirs.number, state.theirs.createdByLabel)}</h2>
            <pre>{state.theirs.content.nl.source}</pre>
            <pre>{state.theirs.content.en.source}</pre>
          </div>
          <div>
            <p class="utrecht-paragraph">{t.staleYours}</p>
          </div>
        </section>
      ) : null}
      {state.preview ? (
        <section aria-label={t.previewTitle}>
          <h2 class="utrecht-heading-2">{t.previewTitle}</h2>
          <Preview content={state.preview} lang="nl" />
          <Preview content={state.preview} lang="en" />
        </section>
      ) : null}
      <form method="post" action={action}>
        <CsrfField token={view.csrf} />
        <input type="hidden" name="basis" value={state.values.basis} />
        {page ? null : (
          <>
            <TextField name="slug" label={t.slug} hint={t.slugHint} value={state.values.slug} error={errors.slug} maxlength={60} />
            <ChoiceGroup
              name="kind"
              type="radio"
              legend={t.kind}
              options={[
                { value: 'page', label: t.kindPage },
                { value: 'campaign', label: t.kindCampaign },
              ]}
              selected={[state.values.kind || 'page']}
              error={errors.kind}
            />
            <TextField name="codes" label={t.codes} hint={t.codesHint} value={state.values.codes} error={errors.codes} />
          </>
        )}
        <LangFields t={t} lang="Nl" values={state.values} errors={errors} />
        <LangFields t={t} lang="En" values={state.values} errors={errors} />
        <TextField name="reason" label={t.reason} hint={t.reasonHint} value={state.values.reason} error={errors.reason} maxlength={500} />
        <div class="utrecht-button-group">
          <button type="submit" name="actie" value="voorbeeld" class="utrecht-button utrecht-button--secondary-action">
            {t.preview}
          </button>{' '}
          <button type="submit" name="actie" value="opslaan" class="utrecht-button utrecht-button--primary-action">
            {t.save}
          </button>
        </div>
      </form>
    </StaffLayout>
  );
};

export type BrokenLinkRow = { slug: string; href: string; problem: string; checkedAt: Date };

export const BrokenLinksPage = ({ view, rows, mayRun }: { view: View; rows: BrokenLinkRow[]; mayRun: boolean }) => {
  const t = pick(staffText, view.lang);

  return (
    <StaffLayout view={view} title={t.linksTitle}>
      <h1 class="utrecht-heading-1">{t.linksTitle}</h1>
      <p class="utrecht-paragraph">{t.linksIntro}</p>
      {rows[0] ? <p class="utrecht-paragraph">{t.linksCheckedAt(formatDateTime(view.lang, rows[0].checkedAt))}</p> : null}
      {mayRun ? (
        <form method="post" action="/inhoud/links">
          <CsrfField token={view.csrf} />
          <SubmitButton secondary>{t.linksRun}</SubmitButton>
        </form>
      ) : null}
      {rows.length === 0 ? (
        <p class="utrecht-paragraph">{t.linksNone}</p>
      ) : (
        <TableRegion label={t.linksTitle}>
          <table class="utrecht-table">
            <caption>{t.linksTitle}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t.colPage}</th>
                <th class="utrecht-table__header-cell" scope="col">Link</th>
                <th class="utrecht-table__header-cell" scope="col">{t.colStatus}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {rows.map((r) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{r.slug}</td>
                  <td class="utrecht-table__cell">
                    <code>{r.href}</code>
                  </td>
                  <td class="utrecht-table__cell">{t.linkProblem[r.problem] ?? r.problem}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </StaffLayout>
  );
};
