// The link chart island: runs in the browser, only on the link chart page, and only adds a drawn
// graph above the tables the server already rendered. Bundled by bundle-island.ts; no inline script.
import { UndirectedGraph } from 'graphology';
import * as fa2 from 'graphology-layout-forceatlas2';
import { Sigma } from 'sigma';

type Graph = UndirectedGraph;
// A CommonJS package whose typings say `export default`; bundlers and TypeScript disagree on where
// that lands, so take the default when there is one and the module itself otherwise.
type ForceAtlas2 = { assign: (g: Graph, p: { iterations: number; settings: object }) => void; inferSettings: (g: Graph) => object };
const forceAtlas2: ForceAtlas2 = (fa2 as unknown as { default?: ForceAtlas2 }).default ?? (fa2 as unknown as ForceAtlas2);

type ChartNode = { id: string; kind: string; label: string; detail: string | null; href: string | null; hidden?: Record<string, number> };
type ChartEdge = { id: string; source: string; target: string; kind: string; at: string | null };
type ChartData = { root: string; nodes: ChartNode[]; edges: ChartEdge[] };

const COLOURS: Record<string, string> = {
  dossier: '#1d3f73',
  person: '#b8452b',
  identifier: '#5a6b00',
  report: '#7a3e9d',
  ad: '#b07d00',
  evidence: '#00707a',
  decoy_contact: '#555555',
};

const SIZES: Record<string, number> = { dossier: 9, person: 7, identifier: 5, report: 6, ad: 4, evidence: 5, decoy_contact: 4 };

const isChartData = (v: unknown): v is ChartData =>
  typeof v === 'object' && v !== null && Array.isArray((v as ChartData).nodes) && Array.isArray((v as ChartData).edges);

const fetchGraph = async (url: string): Promise<ChartData> => {
  const res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`status ${res.status}`);
  const body: unknown = await res.json();
  if (!isChartData(body)) throw new Error('not a graph');

  return body;
};

/** Adds nodes around a centre (new nodes of an expand start next to the node clicked). */
const merge = (graph: Graph, data: ChartData, centre: { x: number; y: number }, spread: number): string[] => {
  const added: string[] = [];
  for (const n of data.nodes) {
    if (graph.hasNode(n.id)) continue;
    const angle = Math.random() * 2 * Math.PI;
    const r = spread * (0.5 + Math.random());
    graph.addNode(n.id, {
      x: centre.x + r * Math.cos(angle),
      y: centre.y + r * Math.sin(angle),
      size: SIZES[n.kind] ?? 4,
      color: COLOURS[n.kind] ?? '#333333',
      label: n.label,
      kind: n.kind,
      href: n.href,
    });
    added.push(n.id);
  }
  for (const e of data.edges) {
    if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.source, e.target)) continue;
    graph.addEdgeWithKey(e.id, e.source, e.target, { kind: e.kind, size: 1, color: '#9aa4b1' });
  }

  return added;
};

const layout = (graph: Graph) => {
  // ForceAtlas2 on the main thread is fine for a dossier's chart; very large charts keep the random start.
  if (graph.order < 2 || graph.order > 1500) return;
  forceAtlas2.assign(graph, { iterations: 60, settings: forceAtlas2.inferSettings(graph) });
};

const kindFilter = (host: HTMLElement, kinds: Record<string, string>, present: Set<string>, onChange: (hidden: Set<string>) => void) => {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'utrecht-form-fieldset vn-chart-kinds';
  const legend = document.createElement('legend');
  legend.className = 'utrecht-form-fieldset__legend utrecht-form-label';
  legend.textContent = host.dataset.legend ?? '';
  fieldset.append(legend);
  const hidden = new Set<string>();
  for (const [kind, label] of Object.entries(kinds)) {
    if (!present.has(kind)) continue;
    const id = `vn-chart-kind-${kind}`;
    const wrap = document.createElement('span');
    wrap.className = 'vn-choice';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = id;
    box.checked = true;
    box.className = 'utrecht-checkbox utrecht-checkbox--html-input';
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(kind);
      else hidden.add(kind);
      onChange(hidden);
    });
    const text = document.createElement('label');
    text.htmlFor = id;
    text.className = 'utrecht-form-label utrecht-form-label--checkbox';
    text.textContent = ` ${label} `;
    wrap.append(box, text);
    fieldset.append(wrap);
  }

  return fieldset;
};

/**
 * Keyboard users cannot click a point on a canvas: the same "expand" is offered as a list of the
 * points not expanded yet and a button.
 */
const expandForm = (host: HTMLElement, onExpand: (id: string) => void) => {
  const form = document.createElement('form');
  form.className = 'vn-chart-expand';
  const label = document.createElement('label');
  label.className = 'utrecht-form-label';
  label.htmlFor = 'vn-chart-expand-node';
  label.textContent = host.dataset.expandLabel ?? '';
  const select = document.createElement('select');
  select.id = 'vn-chart-expand-node';
  select.className = 'utrecht-select utrecht-select--html-select';
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'utrecht-button utrecht-button--secondary-action';
  button.textContent = host.dataset.expandButton ?? '';
  form.append(label, ' ', select, ' ', button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (select.value) onExpand(select.value);
  });
  const update = (graph: Graph, expanded: Set<string>, kinds: Record<string, string>) => {
    const options: HTMLOptionElement[] = [];
    graph.forEachNode((id, attrs) => {
      if (expanded.has(id) || options.length >= 2000) return;
      const option = document.createElement('option');
      option.value = id;
      option.textContent = `${kinds[String(attrs.kind)] ?? attrs.kind}: ${attrs.label}`;
      options.push(option);
    });
    select.replaceChildren(...options);
  };

  return { form, update };
};

const start = async (host: HTMLElement) => {
  const src = host.dataset.src;
  const expandUrl = host.dataset.expand;
  if (!src || !expandUrl) return;
  const kinds = JSON.parse(host.dataset.kinds ?? '{}') as Record<string, string>;
  host.closest('section')?.removeAttribute('hidden');
  host.hidden = false;
  const status = document.createElement('p');
  status.className = 'utrecht-paragraph';
  status.setAttribute('role', 'status');
  status.textContent = host.dataset.loading ?? '';
  const canvas = document.createElement('div');
  canvas.className = 'vn-link-chart-canvas';
  // A picture for assistive technology; the tables below the chart hold the same data as text.
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', host.dataset.label ?? '');
  // Set through the CSSOM: the page's CSP forbids inline style attributes, not script-set styles.
  canvas.style.height = '32rem';
  canvas.style.border = '1px solid #9aa4b1';
  canvas.style.position = 'relative';
  host.append(status, canvas);
  try {
    const data = await fetchGraph(src);
    const graph = new UndirectedGraph();
    merge(graph, data, { x: 0, y: 0 }, 100);
    if (graph.hasNode(data.root)) graph.mergeNodeAttributes(data.root, { x: 0, y: 0 });
    layout(graph);
    let hiddenKinds = new Set<string>();
    const large = graph.order > 1000;
    const renderer = new Sigma(graph, canvas, {
      labelRenderedSizeThreshold: large ? 12 : 6,
      // On a large chart, drawing thousands of edges and labels on every camera move makes panning
      // stutter; they come back as soon as the movement stops.
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      nodeReducer: (_node, attrs) => (hiddenKinds.has(String(attrs.kind)) ? { ...attrs, hidden: true } : attrs),
      edgeReducer: (edge, attrs) => {
        const [a, b] = graph.extremities(edge);
        const hide = hiddenKinds.has(String(graph.getNodeAttribute(a, 'kind'))) || hiddenKinds.has(String(graph.getNodeAttribute(b, 'kind')));
        return hide ? { ...attrs, hidden: true } : attrs;
      },
    });
    // Sigma draws once, synchronously, in its constructor: the chart is on screen from here.
    host.dataset.renderedAt = String(performance.now());
    const present = new Set(data.nodes.map((n) => n.kind));
    host.insertBefore(
      kindFilter(host, kinds, present, (h) => {
        hiddenKinds = h;
        renderer.refresh();
      }),
      canvas,
    );
    const expanded = new Set<string>([data.root]);
    const picker = expandForm(host, (id) => void expand(id));
    host.insertBefore(picker.form, canvas);
    const expand = async (node: string) => {
      if (expanded.has(node) || !graph.hasNode(node)) return;
      expanded.add(node);
      try {
        const more = await fetchGraph(`${expandUrl}?id=${encodeURIComponent(node)}`);
        const centre = { x: Number(graph.getNodeAttribute(node, 'x')), y: Number(graph.getNodeAttribute(node, 'y')) };
        merge(graph, more, centre, 20);
        picker.update(graph, expanded, kinds);
        host.dataset.nodes = String(graph.order);
        host.dataset.edges = String(graph.size);
        renderer.refresh();
      } catch {
        expanded.delete(node);
      }
    };
    renderer.on('clickNode', ({ node }) => void expand(node));
    picker.update(graph, expanded, kinds);
    status.textContent = '';
    host.dataset.nodes = String(graph.order);
    host.dataset.edges = String(graph.size);
  } catch {
    status.textContent = host.dataset.failed ?? '';
    canvas.remove();
  }
};

const host = document.getElementById('vn-link-chart');
if (host) void start(host);
