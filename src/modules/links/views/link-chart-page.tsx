import type { View } from '../../../app/view.ts';
import { ChoiceGroup, ErrorSummary, type FieldErrors, SubmitButton, TextField } from '../../../web/components/form.tsx';
import { formatDateTime, pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { common } from '../../../web/texts.ts';
import type { FilterErrors, GraphFilter } from '../graph/filter-graph.ts';
import { hiddenTotals, type LinkGraph, type LinkNode, NODE_KINDS } from '../graph/graph.ts';
import { linkText } from '../texts.ts';
import { TableRegion } from '../../../web/components/table-region.tsx';

type Props = {
  view: View;
  title: string;
  backHref: string;
  /** The page's own path; data, expand and export URLs are made from it. */
  basePath: string;
  graph: LinkGraph;
  filter: GraphFilter;
  errors: FilterErrors;
  /** The filter as a query string (without '?'), passed on to the data and export links. */
  query: string;
};

type T = ReturnType<typeof pick<(typeof linkText)['nl']>>;

const detailOf = (t: T, n: LinkNode) => {
  if (!n.detail) return '';
  if (n.kind === 'person') return t.roles[n.detail] ?? n.detail;
  if (n.kind === 'identifier') return t.identifierKinds[n.detail] ?? n.detail;

  return n.detail;
};

const hiddenText = (t: T, n: LinkNode) =>
  Object.entries(n.hidden ?? {})
    .filter(([, count]) => (count ?? 0) > 0)
    .map(([type, count]) => `${count} × ${t.hiddenSources[type] ?? type}`)
    .join(', ');

/**
 * Without JavaScript, "expand" is a link to that node's own chart: an identifier's or a dossier's.
 * Other nodes (reports, ads, people) are opened through their own pages.
 */
const chartHref = (n: LinkNode, root: string): string | null => {
  if (n.id === root || !n.href) return null;
  if (n.kind === 'identifier' || n.kind === 'dossier') return `${n.href}/verbanden`;

  return null;
};

const fieldErrors = (t: T, errors: FilterErrors): FieldErrors => ({
  soort: errors.kinds ? t.errorKinds : undefined,
  van: errors.from ? t.errorFromDate : undefined,
  tot: errors.to === 'order' ? t.errorOrder : errors.to ? t.errorToDate : undefined,
});

/**
 * The link chart page. The tables are the chart for keyboard, screen-reader and no-JavaScript users
 * and always come with the page; the script only adds a drawn graph above them.
 */
export const LinkChartPage = ({ view, title, backHref, basePath, graph, filter, errors, query }: Props) => {
  const t = pick(linkText, view.lang);
  const when = (iso: string | null) => (iso ? formatDateTime(view.lang, iso) : '');
  const labels = new Map(graph.nodes.map((n) => [n.id, `${t.kinds[n.kind] ?? n.kind}: ${n.label}`]));
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const hidden = Object.values(hiddenTotals(graph)).reduce((a, b) => a + b, 0);
  const suffix = query ? `?${query}` : '';
  const allKinds = filter.kinds.length === NODE_KINDS.length;
  const errs = fieldErrors(t, errors);

  return (
    <StaffLayout view={view} title={title}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={backHref}>
          {t.back}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <ErrorSummary title={pick(common, view.lang).errorSummaryTitle} errors={errs} />
      <p class="utrecht-paragraph">{t.intro}</p>

      {/* Hidden until the island starts: without JavaScript there is no chart, and its "click, drag, zoom" hint would mislead. */}
      <section aria-labelledby="kaart-titel" hidden>
        <h2 class="utrecht-heading-2" id="kaart-titel">
          {t.chartTitle}
        </h2>
        <p class="utrecht-paragraph vn-hint">{t.chartHint}</p>
        <div
          id="vn-link-chart"
          class="vn-link-chart"
          data-label={t.chartTitle}
          data-legend={t.kindsLegend}
          data-expand-label={t.expandLabel}
          data-expand-button={t.expandButton}
          data-src={`${basePath}/data${suffix}`}
          data-expand="/verbanden/knoop"
          data-failed={t.chartFailed}
          data-loading={t.chartLoading}
          data-kinds={JSON.stringify(t.kinds)}
          hidden
        />
      </section>

      <section aria-labelledby="filter-titel">
        <h2 class="utrecht-heading-2" id="filter-titel">
          {t.filterTitle}
        </h2>
        <form method="get" action={basePath} novalidate>
          <ChoiceGroup
            name="soort"
            legend={t.kindsLegend}
            hint={t.kindsHint}
            options={NODE_KINDS.map((k) => ({ value: k, label: t.kinds[k] ?? k }))}
            selected={allKinds ? [] : filter.kinds}
            error={errs.soort}
          />
          <TextField name="van" label={t.from} value={filter.from} error={errs.van} maxlength={10} inputmode="numeric" />
          <TextField name="tot" label={t.to} value={filter.to} error={errs.tot} maxlength={10} inputmode="numeric" />
          <SubmitButton>{t.apply}</SubmitButton>
        </form>
      </section>

      <section aria-labelledby="download-titel">
        <h2 class="utrecht-heading-2" id="download-titel">
          {t.exportTitle}
        </h2>
        <p class="utrecht-paragraph">{t.exportHint}</p>
        <ul class="utrecht-unordered-list">
          <li>
            <a class="utrecht-link" href={`${basePath}/export/graphml${suffix}`} download>
              {t.exportGraphml}
            </a>
          </li>
          <li>
            <a class="utrecht-link" href={`${basePath}/export/anx${suffix}`} download>
              {t.exportAnx}
            </a>
          </li>
        </ul>
      </section>

      {graph.truncated ? <p class="utrecht-paragraph">{t.truncated}</p> : null}
      {hidden > 0 ? (
        <p class="utrecht-paragraph" data-testid="hidden-total">
          {t.hiddenTotal(hidden)}
        </p>
      ) : null}

      {graph.nodes.length <= 1 ? <p class="utrecht-paragraph">{t.empty}</p> : null}
      <TableRegion label={t.nodesTitle(graph.nodes.length)}>
        <table class="utrecht-table" data-testid="link-nodes">
          <caption class="utrecht-table__caption">{t.nodesTitle(graph.nodes.length)}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">{t.colKind}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colLabel}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colDetail}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colFirst}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colLast}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colLinks}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colHidden}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colChart}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {graph.nodes.map((n) => (
              <tr class="utrecht-table__row" data-node={n.id} data-kind={n.kind}>
                <td class="utrecht-table__cell">{t.kinds[n.kind] ?? n.kind}</td>
                <th scope="row" class="utrecht-table__header-cell">
                  {n.href ? (
                    <a class="utrecht-link" href={n.href}>
                      {n.label}
                    </a>
                  ) : (
                    n.label
                  )}
                </th>
                <td class="utrecht-table__cell">{detailOf(t, n)}</td>
                <td class="utrecht-table__cell">{when(n.firstSeen)}</td>
                <td class="utrecht-table__cell">{when(n.lastSeen)}</td>
                <td class="utrecht-table__cell">{degree.get(n.id) ?? 0}</td>
                <td class="utrecht-table__cell">{hiddenText(t, n)}</td>
                <td class="utrecht-table__cell">
                  {chartHref(n, graph.root) ? (
                    <a class="utrecht-link" href={chartHref(n, graph.root) ?? ''} aria-label={t.chartOf(n.label)}>
                      {t.colChart}
                    </a>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <TableRegion label={t.edgesTitle(graph.edges.length)}>
        <table class="utrecht-table" data-testid="link-edges">
          <caption class="utrecht-table__caption">{t.edgesTitle(graph.edges.length)}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th scope="col" class="utrecht-table__header-cell">{t.colFrom}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colEdgeKind}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colTo}</th>
              <th scope="col" class="utrecht-table__header-cell">{t.colAt}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {graph.edges.map((e) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{labels.get(e.source)}</td>
                <td class="utrecht-table__cell">{t.edgeKinds[e.kind] ?? e.kind}</td>
                <td class="utrecht-table__cell">{labels.get(e.target)}</td>
                <td class="utrecht-table__cell">{when(e.at)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <script src="/assets/links-chart.js" defer />
    </StaffLayout>
  );
};
