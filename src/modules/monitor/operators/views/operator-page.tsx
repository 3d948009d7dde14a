import type { View } from '../../../../app/view.ts';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import { casesLabels } from '../../../cases/index.ts';
import { identifierHref, WhereElseSeenLinks } from '../../../identifiers/index.ts';
import { type OperatorPageData, operatorShortId } from '../load-operator-page.ts';
import { adPageText, monitorText, operatorText } from '../../texts.ts';
import { AdLinkList, adHref, groupHref, Template } from '../../ads/views/ad-page.tsx';
import { decimal } from '../../views/format-number.ts';

const period = (first: string | null, last: string | null) => `${(first ?? '').slice(0, 10) || '–'} – ${(last ?? '').slice(0, 10) || '–'}`;

/**
 * One operator: the template groups that share a phone number, its phones with where else they were
 * seen, its places and time range, its highest-scored ads and the alerts on them the viewer may see.
 */
export const OperatorPage = ({ view, data }: { view: View; data: OperatorPageData }) => {
  const t = pick(operatorText, view.lang);
  const tm = pick(monitorText, view.lang);
  const ta = pick(adPageText, view.lang);
  const status = pick(casesLabels, view.lang).status;
  // The name on screen: the short code and the first few phones (the full list follows below).
  const shown = data.phones.items.slice(0, 3).map((p) => p.display);
  const phoneList = `${shown.join(', ')}${data.phones.total > shown.length ? ', …' : ''}`;
  const name = `${t.name(operatorShortId(data.key))}${phoneList ? ` (${phoneList})` : ''}`;

  return (
    <StaffLayout view={view} title={t.title(t.name(operatorShortId(data.key)))}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/monitor/groepen?meer=1">
          {t.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1" data-testid="operator-name">
        {name}
      </h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <p class="utrecht-paragraph" data-testid="operator-summary">
        {t.summary(data.groupCount, data.adCount)} {t.period}: {period(data.firstPostedAt, data.lastPostedAt)}
      </p>

      <h2 class="utrecht-heading-2">{t.phonesTitle}</h2>
      <WhereElseSeenLinks lang={view.lang} items={data.phones.items} more={data.phones.total - data.phones.items.length} linkIdentifiers={data.phones.linkIdentifiers} testId="operator-phones" />

      <h2 class="utrecht-heading-2">{t.citiesTitle}</h2>
      <p class="utrecht-paragraph" data-testid="operator-cities">
        {data.cities.values.join(', ') || '–'}
        {data.cities.total > data.cities.values.length ? ` ${t.more(data.cities.total - data.cities.values.length)}` : ''}
      </p>

      <h2 class="utrecht-heading-2">{t.groupsTitle}</h2>
      <ol class="vn-list" data-testid="operator-groups">
        {data.groups.map((g) => (
          <li data-group={g.id}>
            <h3 class="utrecht-heading-3">{t.groupLine(g.size)}</h3>
            <Template segments={g.template} />
            <p class="utrecht-paragraph">
              {tm.cities}: {g.cities.join(', ') || '–'} · {tm.phones}: {g.phones.join(', ') || '–'} · {tm.period}: {period(g.firstPostedAt, g.lastPostedAt)}
            </p>
            <AdLinkList ads={g.ads} more={g.size > g.ads.length ? ta.moreAds(g.size - g.ads.length) : null} />
            <p class="utrecht-paragraph">
              <a class="utrecht-link" href={groupHref(g.id)}>
                {t.toGroup}
              </a>
            </p>
          </li>
        ))}
      </ol>
      {data.groupCount > data.groups.length ? <p class="utrecht-paragraph">{t.more(data.groupCount - data.groups.length)}</p> : null}

      <h2 class="utrecht-heading-2">{t.topAdsTitle}</h2>
      <ol class="vn-list" data-testid="operator-top-ads">
        {data.topAds.map((a) => (
          <li>
            <p class="utrecht-paragraph">
              {a.total === null ? t.noScore : `${tm.score} ${decimal(view.lang, a.total, 2)}`} ·{' '}
              <a class="utrecht-link" href={adHref(a.id)}>
                {a.title}
              </a>
              {a.placeNormalised ?? a.place ? ` · ${a.placeNormalised ?? a.place}` : ''}
            </p>
            {a.fired.length === 0 ? null : (
              <ul class="vn-signals">
                {a.fired.map((f) => (
                  <li data-indicator={f.id}>
                    <strong>{view.lang === 'en' ? f.label.en : f.label.nl}</strong> ({f.shownOnly ? tm.shownOnly : tm.weight(decimal(view.lang, f.weight))}): “{f.matches.join('”, “')}”
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {data.adCount > data.topAds.length ? <p class="utrecht-paragraph">{t.more(data.adCount - data.topAds.length)}</p> : null}

      <h2 class="utrecht-heading-2">{t.alertsTitle}</h2>
      <p class="utrecht-paragraph">{t.alertsIntro}</p>
      {data.alerts.length === 0 ? (
        <p class="utrecht-paragraph">{t.noAlerts}</p>
      ) : (
        <ul class="utrecht-unordered-list" data-testid="operator-alerts">
          {data.alerts.map((a) => (
            <li class="utrecht-unordered-list__item" data-dossier={a.dossier ? a.dossier.id : 'hidden'}>
              <a class="utrecht-link" href={adHref(a.adId)}>
                {a.adTitle}
              </a>{' '}
              · <a class="utrecht-link" href={identifierHref(a.kind, a.key)}>{a.display}</a> ({a.via === 'group' ? t.viaGroup : t.viaAd}) ·{' '}
              {a.dossier ? (
                <>
                  <a class="utrecht-link" href={`/dossiers/${a.dossier.id}`}>
                    {a.dossier.title}
                  </a>{' '}
                  ({status[a.dossier.status] ?? a.dossier.status})
                </>
              ) : (
                t.noDossierAccess
              )}{' '}
              · {formatDateTime(view.lang, a.createdAt)}
            </li>
          ))}
        </ul>
      )}
    </StaffLayout>
  );
};

/** A clear 404 for an operator key that does not (or no longer) exist. */
export const OperatorNotFoundPage = ({ view }: { view: View }) => {
  const t = pick(operatorText, view.lang);
  return (
    <StaffLayout view={view} title={t.notFoundTitle}>
      <h1 class="utrecht-heading-1">{t.notFoundTitle}</h1>
      <p class="utrecht-paragraph" data-testid="operator-not-found">
        {t.notFound}
      </p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/monitor/groepen?meer=1">
          {t.toGroups}
        </a>
      </p>
    </StaffLayout>
  );
};
