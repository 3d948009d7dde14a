import type { View } from '../../../app/view.ts';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import type { WhereSeen } from '../where-seen/find-where-seen.ts';
import { displayIdentifier } from '../extraction/display-identifier.ts';
import type { IdentifierKind } from '../identifier-kinds.ts';
import { identifierHref, sourceHref } from '../where-seen/source-access.ts';
import { identifierText } from '../texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

export type AlertItem = { id: string; createdAt: Date; readAt: Date | null; sourceType: string; kind: string; key: string; display: string };

type SearchProps = { view: View; q?: string; errors?: FieldErrors; alerts: AlertItem[] };

export const IdentifierSearchPage = ({ view, q, errors = {}, alerts }: SearchProps) => {
  const t = pick(identifierText, view.lang);

  return (
    <StaffLayout view={view} title={t.searchTitle}>
      <h1 class="utrecht-heading-1">{t.searchTitle}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
      <p class="utrecht-paragraph">{t.searchIntro}</p>
      <form method="get" action="/identificatoren" novalidate>
        <TextField name="q" label={t.searchLabel} value={q} error={errors.q} maxlength={300} />
        <SubmitButton>{t.searchSubmit}</SubmitButton>
      </form>
      <h2 class="utrecht-heading-2" id="meldingen">
        {t.alertsTitle}
      </h2>
      {alerts.length === 0 ? (
        <p class="utrecht-paragraph">{t.alertsNone}</p>
      ) : (
        <ul class="utrecht-unordered-list" data-testid="identifier-alerts">
          {alerts.map((a) => (
            <li class="utrecht-unordered-list__item">
              <a class="utrecht-link" href={identifierHref(a.kind, a.key)}>
                {t.kinds[a.kind as IdentifierKind] ?? a.kind}: {a.display}
              </a>{' '}
              — {t.alertSeenIn(t.sources[a.sourceType] ?? a.sourceType)}, {formatDateTime(view.lang, a.createdAt)}
              {a.readAt ? null : (
                <form method="post" action={`/identificatoren/meldingen/${a.id}/gelezen`} class="vn-inline-form">
                  <CsrfField token={view.csrf} />
                  <SubmitButton secondary>{t.alertRead}</SubmitButton>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </StaffLayout>
  );
};

type PageProps = { view: View; kind: IdentifierKind; keyValue: string; seen: WhereSeen | null; watching: boolean };

export const IdentifierPage = ({ view, kind, keyValue, seen, watching }: PageProps) => {
  const t = pick(identifierText, view.lang);
  const title = `${t.kinds[kind]}: ${seen?.identifier.display ?? displayIdentifier(kind, keyValue)}`;
  const when = (d: Date | null) => formatDateTime(view.lang, d);

  return (
    <StaffLayout view={view} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <p class="utrecht-paragraph">
        {t.key}: <code data-testid="identifier-key">{keyValue}</code>
      </p>
      {!seen ? (
        <Alert type="info">{t.notFound}</Alert>
      ) : (
        <>
          <p class="utrecht-paragraph" data-testid="identifier-summary">
            {t.total(seen.total)} · {t.firstSeen}: {when(seen.firstSeen)} · {t.lastSeen}: {when(seen.lastSeen)}
          </p>
          <form method="post" action="/identificatoren/volgen">
            <CsrfField token={view.csrf} />
            <input type="hidden" name="id" value={String(seen.identifier.id)} />
            <input type="hidden" name="active" value={watching ? 'nee' : 'ja'} />
            {watching ? <p class="utrecht-paragraph">{t.watching}</p> : null}
            <SubmitButton secondary={watching}>{watching ? t.unwatch : t.watch}</SubmitButton>
          </form>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={`${identifierHref(kind, keyValue)}/verbanden`}>
              {t.linkChart}
            </a>
          </p>
          <h2 class="utrecht-heading-2">{t.perSource}</h2>
          <TableRegion label={t.perSource}>
            <table class="vn-table" data-testid="per-source">
              <thead>
                <tr>
                  <th scope="col">{t.colSource}</th>
                  <th scope="col">{t.colCount}</th>
                  <th scope="col">{t.colFirst}</th>
                  <th scope="col">{t.colLast}</th>
                </tr>
              </thead>
              <tbody>
                {seen.perSourceType.map((p) => (
                  <tr>
                    <td>{t.sources[p.sourceType] ?? p.sourceType}</td>
                    <td>{p.count}</td>
                    <td>{when(p.firstSeen)}</td>
                    <td>{when(p.lastSeen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <h2 class="utrecht-heading-2">{t.places}</h2>
          {seen.places.length === 0 ? (
            <p class="utrecht-paragraph">{t.noPlaces}</p>
          ) : (
            <p class="utrecht-paragraph" data-testid="places">
              {seen.places.map((p) => `${p.place} (${p.count})`).join(', ')}
            </p>
          )}
          <h2 class="utrecht-heading-2">{t.occurrences}</h2>
          <p class="utrecht-paragraph">{t.reporterNote}</p>
          {seen.hidden > 0 ? <p class="utrecht-paragraph">{t.hiddenNote(seen.hidden)}</p> : null}
          <TableRegion label={t.occurrences}>
            <table class="vn-table" data-testid="occurrences">
              <thead>
                <tr>
                  <th scope="col">{t.colWhen}</th>
                  <th scope="col">{t.colWhere}</th>
                  <th scope="col">{t.colPlace}</th>
                  <th scope="col">{t.colAs}</th>
                </tr>
              </thead>
              <tbody>
                {seen.occurrences.map((o) => {
                  const label = t.sources[o.sourceType] ?? o.sourceType;
                  const href = o.source ? sourceHref(o.source) : null;
                  return (
                    <tr>
                      <td>{when(o.seenAt)}</td>
                      <td>
                        {o.source ? (
                          href ? (
                            <a class="utrecht-link" href={href}>
                              {label}
                            </a>
                          ) : (
                            `${label} ${o.source.id}`
                          )
                        ) : (
                          `${label} (${t.noAccess})`
                        )}
                      </td>
                      <td>{o.place ?? ''}</td>
                      <td>{o.source ? <code>{o.source.raw}</code> : ''}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </StaffLayout>
  );
};
