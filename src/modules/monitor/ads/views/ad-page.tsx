import type { Child } from 'hono/jsx';
import type { View } from '../../../../app/view.ts';
import { formatDateTime, pick } from '../../../../web/i18n.ts';
import { StaffLayout } from '../../../../web/layout.tsx';
import { WhereElseSeenLinks } from '../../../identifiers/index.ts';
import type { TemplateSegment } from '../../grouping/derive-template.ts';
import type { AdPageData } from '../load-ad-page.ts';
import { operatorHref, operatorShortId } from '../../operators/load-operator-page.ts';
import { adPageText, monitorText, operatorText } from '../../texts.ts';
import { decimal } from '../../views/format-number.ts';
import { visibleText } from '../../../../web/visible-text.ts';

export const adHref = (id: string) => `/monitor/advertenties/${id}`;

/** A list of ads as links to their pages, with their place, and a last line for those not listed. */
export const AdLinkList = ({ ads, more }: { ads: Array<{ id: string; title: string; place: string | null }>; more?: string | null }) => (
  <ul class="utrecht-unordered-list">
    {ads.map((a) => (
      <li class="utrecht-unordered-list__item">
        <a class="utrecht-link" href={adHref(a.id)}>
          {visibleText(a.title)}
        </a>
        {a.place ? ` · ${a.place}` : ''}
      </li>
    ))}
    {more ? <li class="utrecht-unordered-list__item">{more}</li> : null}
  </ul>
);
/** The anchor of a group on /monitor/groepen. */
export const groupAnchor = (id: string) => `#groep-${id}`;
/** A link to one group: it opens the page of the list that holds the group, at the group. */
export const groupHref = (id: string) => `/monitor/groepen/${id}`;
export const warcHref = (adId: string, version: number) => `/monitor/advertenties/${adId}/versies/${version}.warc.gz`;

/** A template with its varying slots marked (the same rendering as the groups page). */
export const Template = ({ segments }: { segments: TemplateSegment[] }) => (
  <p class="utrecht-paragraph vn-template">{segments.map((s) => (s.kind === 'fixed' ? `${s.text} ` : <mark title={s.examples.join(' | ')}>{`{${s.slot}} `}</mark>))}</p>
);

const Facts = ({ rows }: { rows: Array<[string, Child]> }) => (
  <dl class="vn-facts">
    {rows.map(([k, v]) => (
      <>
        <dt>{k}</dt>
        <dd>{v}</dd>
      </>
    ))}
  </dl>
);

/**
 * One ad: what it says, why it scored, its template group, its versions with the raw WARC of each
 * (download and hash check), the decisions taken on it, and where else its identifiers were seen.
 * Nothing here loads anything from the ad site: its address and image addresses are plain text.
 */
export const AdPage = ({ view, data, back = '/monitor' }: { view: View; data: AdPageData; back?: string }) => {
  const t = pick(adPageText, view.lang);
  const tm = pick(monitorText, view.lang);
  const { ad, score, group, versions, reviews, whereElse } = data;
  const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '–' : String(v));
  // The site's own date, as text. A full ISO time (from a datetime attribute) is shown as a Dutch date; anything else as written.
  const posted = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)) ? formatDateTime(view.lang, v) : dash(v));

  return (
    <StaffLayout view={view} title={t.title(visibleText(ad.title))}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={back} data-back>
          {t.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{visibleText(ad.title)}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>

      <h2 class="utrecht-heading-2">{t.facts}</h2>
      <Facts
        rows={[
          [t.place, ad.placeNormalised && ad.placeNormalised !== ad.place ? `${dash(ad.place)} ${t.placeNormalised(ad.placeNormalised)}` : dash(ad.place)],
          [t.statedAge, dash(ad.statedAge)],
          [t.price, dash(ad.price)],
          [t.postedAt, posted(ad.postedAt)],
          [t.contact, dash(ad.contact)],
          [t.phones, ad.phones.join(', ') || '–'],
          [t.source, data.sourceName],
          [t.url, <code data-testid="ad-url">{ad.url}</code>],
          [t.firstSeen, formatDateTime(view.lang, ad.firstSeenAt)],
          [t.lastSeen, formatDateTime(view.lang, ad.lastSeenAt)],
        ]}
      />
      {data.keptUntil ? (
        <p class="utrecht-paragraph" data-testid="kept-until">
          {pick(data.keptUntil.text, view.lang)}
        </p>
      ) : null}
      <h3 class="utrecht-heading-3">{t.text}</h3>
      <p class="utrecht-paragraph" data-testid="ad-text">
        {visibleText(ad.text)}
      </p>
      <h3 class="utrecht-heading-3">{t.images}</h3>
      {ad.imageUrls.length === 0 ? (
        <p class="utrecht-paragraph">{t.noImages}</p>
      ) : (
        <ul class="utrecht-unordered-list" data-testid="image-urls">
          {ad.imageUrls.map((u) => (
            <li class="utrecht-unordered-list__item">
              <code>{u}</code> ({t.notFetched})
            </li>
          ))}
        </ul>
      )}

      <h2 class="utrecht-heading-2">{t.scoreTitle}</h2>
      {score ? (
        <>
          <p class="utrecht-paragraph">{t.scoreLine(decimal(view.lang, score.total, 2), score.lexiconVersion)}</p>
          {score.fired.length === 0 ? (
            <p class="utrecht-paragraph">{tm.none}</p>
          ) : (
            <ul class="vn-signals" data-testid="signals">
              {score.fired.map((f) => (
                <li data-indicator={f.id}>
                  <strong>{view.lang === 'en' ? f.label.en : f.label.nl}</strong> ({f.shownOnly ? tm.shownOnly : tm.weight(decimal(view.lang, f.weight))}): “{visibleText(f.matches.join('”, “'))}”
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p class="utrecht-paragraph">{t.notScored}</p>
      )}

      <h2 class="utrecht-heading-2">{t.groupTitle}</h2>
      {group ? (
        <section data-testid="group" data-group={group.id}>
          <p class="utrecht-paragraph">{t.groupLine(group.size)}</p>
          <Template segments={group.template} />
          <Facts
            rows={[
              [tm.cities, group.cities.join(', ') || '–'],
              [tm.phones, group.phones.join(', ') || '–'],
              [tm.period, `${(group.firstPostedAt ?? '').slice(0, 10)} – ${(group.lastPostedAt ?? '').slice(0, 10)}`],
            ]}
          />
          <h3 class="utrecht-heading-3">{t.otherAds}</h3>
          <AdLinkList ads={group.otherAds} more={group.size - 1 > group.otherAds.length ? t.moreAds(group.size - 1 - group.otherAds.length) : null} />
          <h3 class="utrecht-heading-3">{t.operatorGroups}</h3>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href={operatorHref(group.operatorKey)} data-testid="operator-link">
              {pick(operatorText, view.lang).operatorLink(pick(operatorText, view.lang).name(operatorShortId(group.operatorKey)))}
            </a>
          </p>
          {group.operatorGroups.length === 0 ? (
            <p class="utrecht-paragraph">{t.noOperatorGroups}</p>
          ) : (
            <ul class="utrecht-unordered-list" data-testid="operator-groups">
              {group.operatorGroups.map((g) => (
                <li class="utrecht-unordered-list__item">
                  <a class="utrecht-link" href={groupHref(g.id)}>
                    {t.groupOf(g.size, g.cities.join(', '))}
                  </a>
                  {g.phones.length > 0 ? ` · ${g.phones.join(', ')}` : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <p class="utrecht-paragraph">{t.noGroup}</p>
      )}

      <h2 class="utrecht-heading-2">{t.versionsTitle}</h2>
      <p class="utrecht-paragraph">{t.versionsIntro}</p>
      <ol class="vn-list" data-testid="versions" reversed>
        {versions.map((v) => (
          <li data-version={v.version}>
            <h3 class="utrecht-heading-3">{t.version(v.version)}</h3>
            <Facts
              rows={[
                [t.fetchedAt, formatDateTime(view.lang, v.fetchedAt)],
                [t.contentHash, <code>{v.contentHash}</code>],
                [t.changed, v.version === 1 ? t.firstVersion : v.changed.length === 0 ? t.nothingChanged : v.changed.map((f) => t.fields[f]).join(', ')],
                [
                  t.warc,
                  v.warc ? (
                    <>
                      {t.warcSize(decimal(view.lang, v.warc.size / 1024, 1))} · SHA-256 <code>{v.warc.sha256}</code> ·{' '}
                      <strong data-testid="hash-check">{v.warc.intact ? t.hashOk : t.hashBad}</strong> ·{' '}
                      <a class="utrecht-link" href={warcHref(ad.id, v.version)} download>
                        {t.download(v.version)}
                      </a>
                    </>
                  ) : (
                    t.noWarc
                  ),
                ],
              ]}
            />
            {v.textDiff ? (
              <>
                <p class="utrecht-paragraph">{t.diffLegend}</p>
                <p class="utrecht-paragraph" data-testid="text-diff">
                  {v.textDiff.map((c) => (c.kind === 'same' ? `${c.text} ` : c.kind === 'added' ? <ins>{`${c.text} `}</ins> : <del>{`${c.text} `}</del>))}
                </p>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {data.olderVersions > 0 ? <p class="utrecht-paragraph">{t.olderVersions(data.olderVersions)}</p> : null}

      <h2 class="utrecht-heading-2">{t.reviewsTitle}</h2>
      {reviews.length === 0 ? (
        <p class="utrecht-paragraph">{t.noReviews}</p>
      ) : (
        <ul class="utrecht-unordered-list" data-testid="reviews">
          {reviews.map((r) => (
            <li class="utrecht-unordered-list__item">
              {formatDateTime(view.lang, r.decidedAt)} · <strong>{t.decisions[r.decision] ?? r.decision}</strong> {t.by} {r.decidedBy ?? '–'}: {r.reason}
              {r.dossierId ? (
                <>
                  {' · '}
                  {r.mayOpenDossier ? (
                    <a class="utrecht-link" href={`/dossiers/${r.dossierId}`}>
                      {t.dossier}
                    </a>
                  ) : (
                    t.noDossierAccess
                  )}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}

      <h2 class="utrecht-heading-2">{t.whereElseTitle}</h2>
      <WhereElseSeenLinks lang={view.lang} {...whereElse} />
    </StaffLayout>
  );
};
