import type { View } from '../../../app/view.ts';
import { Alert, ChoiceGroup, CsrfField, ErrorSummary, type FieldErrors, SubmitButton, TextArea } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import { handleOf, platformOf, identifierHref, sourceHref, type SourceRef } from '../../identifiers/index.ts';
import type { HistoryEntry, Suggestion } from './link-suggestions.ts';
import type { DossierRow } from '../queries/shared.ts';
import { linksText } from './texts-links.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

const Back = ({ href, label }: { href: string; label: string }) => (
  <p class="utrecht-paragraph">
    <a class="utrecht-link" href={href}>
      ← {label}
    </a>
  </p>
);

/** A reason "phone:+31612345678" as a link to that identifier's page. */
const Reason = ({ reason }: { reason: string }) => {
  const at = reason.indexOf(':');
  const kind = reason.slice(0, at);
  const key = reason.slice(at + 1);

  return (
    <a class="utrecht-link" href={identifierHref(kind, key)}>
      {key}
    </a>
  );
};

/** Every reason of a suggestion: shared identifiers first, then look-alike handles ("lijkt op @x"). */
const Reasons = ({ s, view }: { s: Pick<Suggestion, 'reasons' | 'similar'>; view: View }) => {
  const t = pick(linksText, view.lang);

  return (
    <>
      {s.reasons.map((r, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <Reason reason={r} />
        </>
      ))}
      {s.similar.map((h, i) => (
        <>
          {i > 0 || s.reasons.length > 0 ? ', ' : ''}
          <span data-testid="looks-like">
            {t.looksLike}{' '}
            <a class="utrecht-link" href={identifierHref('account', h.theirs)}>
              @{handleOf(h.theirs)}
            </a>{' '}
            ({platformOf(h.theirs)}, {t.likeness[h.why]} @{handleOf(h.mine)})
          </span>
        </>
      ))}
    </>
  );
};

const Other = ({ other, name, view }: { other: SourceRef; name: string | null; view: View }) => {
  const t = pick(linksText, view.lang);
  const label = `${t.sourceTypes[other.type] ?? other.type}${name ? `: ${name}` : ''}`;
  const href = sourceHref(other);

  return href ? (
    <a class="utrecht-link" href={href}>
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
};

const decideHref = (dossierId: string, s: Suggestion) => `/dossiers/${dossierId}/koppelingen/besluit?persoon=${s.subject.id}&ander=${encodeURIComponent(s.other.id)}`;

export const LinksPage = ({ view, dossier, suggestions, hidden }: { view: View; dossier: DossierRow; suggestions: Suggestion[]; hidden: number }) => {
  const t = pick(linksText, view.lang);

  return (
    <StaffLayout view={view} title={t.title}>
      <Back href={`/dossiers/${dossier.id}/personen`} label={dossier.title} />
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      {suggestions.length === 0 ? <p class="utrecht-paragraph">{t.none}</p> : null}
      {suggestions.length > 0 ? (
        <TableRegion label={t.title}>
          <table class="utrecht-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell">{t.person}</th>
                <th class="utrecht-table__header-cell">{t.other}</th>
                <th class="utrecht-table__header-cell">{t.reasons}</th>
                <th class="utrecht-table__header-cell">{t.latest}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {suggestions.map((s) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">{s.subject.name || '—'}</td>
                  <td class="utrecht-table__cell">
                    <Other other={s.other} name={s.otherName} view={view} />
                  </td>
                  <td class="utrecht-table__cell">
                    <Reasons s={s} view={view} />
                  </td>
                  <td class="utrecht-table__cell">
                    {s.decided ? t.decisions[s.decided] : t.noDecision}
                    {s.other.type === 'dossier_person' ? (
                      <>
                        {' · '}
                        <a class="utrecht-link" href={decideHref(dossier.id, s)}>
                          {t.decide}
                        </a>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {suggestions.some((s) => s.similar.length > 0) ? <p class="vn-hint">{t.looksLikeHint}</p> : null}
      {hidden > 0 ? <p class="utrecht-paragraph">{t.hidden(hidden)}</p> : null}
    </StaffLayout>
  );
};

export const DecidePage = ({
  view,
  dossier,
  pair,
  history,
  values = {},
  errors = {},
  saved,
}: {
  view: View;
  dossier: DossierRow;
  pair: Suggestion;
  history: HistoryEntry[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  saved?: boolean;
}) => {
  const t = pick(linksText, view.lang);
  const options = Object.entries(t.decisions).map(([value, label]) => ({ value, label }));

  return (
    <StaffLayout view={view} title={t.decideTitle}>
      <div class="vn-narrow">
        <Back href={`/dossiers/${dossier.id}/koppelingen`} label={t.title} />
        <h1 class="utrecht-heading-1">{t.decideTitle}</h1>
        <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errors} />
        {saved ? <Alert type="ok">{t.save}</Alert> : null}
        <Alert type="info">{t.intro}</Alert>
        <dl class="vn-facts">
          <dt>{t.person}</dt>
          <dd>{pair.subject.name || '—'}</dd>
          <dt>{t.other}</dt>
          <dd>
            <Other other={pair.other} name={pair.otherName} view={view} />
          </dd>
          <dt>{t.reasons}</dt>
          <dd>
            <Reasons s={pair} view={view} />
          </dd>
        </dl>
        <form method="post" action={`/dossiers/${dossier.id}/koppelingen/besluit?persoon=${pair.subject.id}&ander=${encodeURIComponent(pair.other.id)}`} novalidate>
          <CsrfField token={view.csrf} />
          <ChoiceGroup type="radio" name="besluit" legend={t.decision} options={options} selected={values.besluit ? [values.besluit] : []} error={errors.besluit} />
          <TextArea name="reden" label={t.reason} value={values.reden} maxlength={2000} rows={4} error={errors.reden} />
          <SubmitButton>{t.save}</SubmitButton>
        </form>
        <h2 class="utrecht-heading-2">{t.history}</h2>
        {history.length === 0 ? <p class="utrecht-paragraph">{t.noHistory}</p> : null}
        <ul class="utrecht-unordered-list">
          {history.map((h) => (
            <li class="utrecht-unordered-list__item">
              <strong>{t.decisions[h.decision] ?? h.decision}</strong> — {formatDateTime(view.lang, h.at)} {t.by} {h.by}: {h.reason}
            </li>
          ))}
        </ul>
      </div>
    </StaffLayout>
  );
};
