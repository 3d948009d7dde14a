import type { View } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import type { FiredIndicator } from '../indicators/score-ad.ts';
import type { TemplateSegment } from '../grouping/derive-template.ts';
import { TextField, SelectField, ChoiceGroup } from '../../../web/components/form.tsx';
import { operatorHref, operatorShortId } from '../operators/load-operator-page.ts';
import { LIST_PAGE_SIZE } from '../ads/parse-list-query.ts';
import { adPageText, listText, monitorText, operatorText } from '../texts.ts';
import { adHrefFromList } from '../ads/back-to-list.ts';
import { AdLinkList, groupAnchor } from '../ads/views/ad-page.tsx';
import { UnreadAlertsLink } from '../alerts/views/alerts-page.tsx';
import { FilterForm, ListNotice, type ListState, Pager } from './list-controls.tsx';
import { decimal } from './format-number.ts';
import { visibleText } from '../../../web/visible-text.ts';

export type AdListItem = {
  id: string;
  title: string;
  url: string;
  place: string | null;
  /** The place as one spelling (places/normalise-place.ts), null when not recognised. */
  placeNormalised?: string | null;
  phones: string[];
  imageCount: number;
  total: number;
  fired: FiredIndicator[];
  /** The lexicon version that made this score. */
  lexiconVersion?: string | null;
};

export type AdFilterChoices = { indicators: Array<{ id: string; label: string }>; sources: Array<{ id: string; name: string }> };

export const AdsPage = ({
  view,
  ads,
  unreadAlerts = 0,
  state,
  choices,
}: {
  view: View;
  ads: AdListItem[];
  unreadAlerts?: number;
  state: ListState;
  choices: AdFilterChoices;
}) => {
  const t = pick(monitorText, view.lang);
  const tl = pick(listText, view.lang);

  return (
    <StaffLayout view={view} title={t.adsTitle}>
      <h1 class="utrecht-heading-1">{t.adsTitle}</h1>
      <UnreadAlertsLink view={view} count={unreadAlerts} />
      <p class="utrecht-paragraph">{t.adsIntro}</p>
      <ListNotice view={view} state={state} />
      <FilterForm view={view} state={state}>
        <TextField name="plaats" label={tl.place} hint={tl.placeHint} value={state.form.plaats} maxlength={100} />
        <TextField name="minscore" label={tl.minScore} value={state.form.minscore} maxlength={6} inputmode="numeric" />
        <SelectField
          name="signaal"
          label={tl.indicator}
          value={state.form.signaal}
          options={[{ value: '', label: tl.anyIndicator }, ...choices.indicators.map((i) => ({ value: i.id, label: i.label }))]}
        />
        <SelectField name="bron" label={tl.source} value={state.form.bron} options={[{ value: '', label: tl.anySource }, ...choices.sources.map((s) => ({ value: s.id, label: s.name }))]} />
      </FilterForm>
      {ads.length === 0 ? <p class="utrecht-paragraph">{t.empty}</p> : null}
      <Pager view={view} state={state} />
      <ol class="vn-list" data-testid="ads-list" start={(state.page - 1) * LIST_PAGE_SIZE + 1}>
        {ads.map((ad) => (
          <li>
            <h2 class="utrecht-heading-3">
              {t.score} {decimal(view.lang, ad.total, 2)} ·{' '}
              <a class="utrecht-link" href={adHrefFromList(ad.id, state.form, state.page)}>
                {visibleText(ad.title)}
              </a>
            </h2>
            {ad.lexiconVersion ? (
              <p class="vn-hint" data-lexicon={ad.lexiconVersion}>
                {t.lexiconVersion(ad.lexiconVersion)}
              </p>
            ) : null}
            <p class="utrecht-paragraph">
              {t.place}: <span data-place-normalised={ad.placeNormalised ?? ''}>{ad.placeNormalised ?? ad.place ?? '–'}</span>
              {ad.placeNormalised && ad.place !== ad.placeNormalised ? ` (${t.placeRaw}: “${ad.place}”)` : ''} · {t.phones}: {ad.phones.join(', ') || '–'} · {t.images(ad.imageCount)} · <code>{ad.url}</code>
            </p>
            {ad.fired.length === 0 ? (
              <p class="utrecht-paragraph">{t.none}</p>
            ) : (
              <ul class="vn-signals">
                {ad.fired.map((f) => (
                  <li data-indicator={f.id}>
                    <strong>{view.lang === 'en' ? f.label.en : f.label.nl}</strong> ({f.shownOnly ? t.shownOnly : t.weight(decimal(view.lang, f.weight))}): “{visibleText(f.matches.join('”, “'))}”
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <Pager view={view} state={state} />
    </StaffLayout>
  );
};

export type GroupListItem = {
  id: string;
  template: TemplateSegment[];
  size: number;
  cities: string[];
  phones: string[];
  operatorKey: string;
  firstPostedAt: string | null;
  lastPostedAt: string | null;
  /** How many groups its operator has (this one included). */
  operatorGroups?: number;
  /** The group's first ads (a few), each linking to its page. */
  ads?: Array<{ id: string; title: string; place: string | null }>;
};

export const GroupsPage = ({ view, groups, state }: { view: View; groups: GroupListItem[]; state: ListState }) => {
  const t = pick(monitorText, view.lang);
  const tl = pick(listText, view.lang);
  const to = pick(operatorText, view.lang);

  return (
    <StaffLayout view={view} title={t.groupsTitle}>
      <h1 class="utrecht-heading-1">{t.groupsTitle}</h1>
      <p class="utrecht-paragraph">{t.groupsIntro}</p>
      <ListNotice view={view} state={state} />
      <FilterForm view={view} state={state}>
        <TextField name="plaats" label={tl.place} hint={tl.placeHint} value={state.form.plaats} maxlength={100} />
        <TextField name="mingrootte" label={tl.minSize} value={state.form.mingrootte} maxlength={6} inputmode="numeric" />
        <ChoiceGroup name="meer" legend={tl.operators} options={[{ value: '1', label: tl.multiOnly }]} selected={state.form.meer ? ['1'] : []} />
      </FilterForm>
      {groups.length === 0 ? <p class="utrecht-paragraph">{t.empty}</p> : null}
      <Pager view={view} state={state} />
      <ol class="vn-list" data-testid="groups-list" start={(state.page - 1) * LIST_PAGE_SIZE + 1}>
        {groups.map((g) => (
          <li id={groupAnchor(g.id).slice(1)}>
            <h2 class="utrecht-heading-3">
              {t.groupOf(g.size)} ·{' '}
              <a class="utrecht-link" href={operatorHref(g.operatorKey)} data-operator={g.operatorKey}>
                {to.name(operatorShortId(g.operatorKey))}
              </a>
              {g.operatorGroups && g.operatorGroups > 1 ? ` (${t.operatorGroupCount(g.operatorGroups)})` : ''}
            </h2>
            <p class="utrecht-paragraph vn-template">
              {g.template.map((s) => (s.kind === 'fixed' ? `${s.text} ` : <mark title={s.examples.join(' | ')}>{`{${s.slot}} `}</mark>))}
            </p>
            <p class="utrecht-paragraph">
              {t.cities}: {g.cities.join(', ') || '–'} · {t.phones}: {g.phones.join(', ') || '–'} · {t.period}: {(g.firstPostedAt ?? '').slice(0, 10)} – {(g.lastPostedAt ?? '').slice(0, 10)}
            </p>
            {g.ads && g.ads.length > 0 ? (
              <AdLinkList ads={g.ads} more={g.size > g.ads.length ? pick(adPageText, view.lang).moreAds(g.size - g.ads.length) : null} />
            ) : null}
          </li>
        ))}
      </ol>
      <Pager view={view} state={state} />
    </StaffLayout>
  );
};
