import type { StaffRoute } from '../../src/app/staff-server.ts';
import type { TestClient } from '../support/client.ts';

/**
 * Finds the pages and forms of a surface the way a visitor would: GET the seed paths (the route
 * inventory for staff, "/" for the public site) and follow every local link, up to a limit. Routes
 * other engineers add later are found without changing the tests that use this.
 */

export type FoundForm = {
  page: string;
  action: string;
  fields: string[];
  fileFields: string[];
  multipart: boolean;
  /** Values of hidden fields as the page rendered them (a step token, a version). */
  hidden: Record<string, string>;
};

const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);

  return m ? decode(m[1] ?? '') : undefined;
};

/** Paths never fetched while crawling: they change state or are not pages. */
const SKIP = [/^\/uitloggen/, /^\/taal\//, /^\/assets\//, /\.(svg|png|jpe?g|css|js|pdf|zip|csv|json|txt)(\?|$)/i, /\/download(\/|\?|$)/];

export const isCrawlable = (path: string) => path.startsWith('/') && !path.startsWith('//') && !SKIP.some((re) => re.test(path));

export const linksIn = (html: string): string[] => {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/gi)) {
    const href = decode(m[1] ?? '').split('#')[0] ?? '';
    if (isCrawlable(href)) out.push(href);
  }

  return out;
};

export const formsIn = (html: string, page: string): FoundForm[] => {
  const forms: FoundForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const open = m[1] ?? '';
    if ((attr(open, 'method') ?? 'get').toLowerCase() !== 'post') continue;
    const action = attr(open, 'action') || page;
    const fields = new Set<string>();
    const fileFields = new Set<string>();
    const hidden: Record<string, string> = {};
    for (const f of (m[2] ?? '').matchAll(/<(input|textarea|select)\b[^>]*>/gi)) {
      const name = attr(f[0], 'name');
      if (!name || name === '_csrf') continue;
      const type = (attr(f[0], 'type') ?? '').toLowerCase();
      if (type === 'file') fileFields.add(name);
      else fields.add(name);
      if (type === 'hidden') hidden[name] = attr(f[0], 'value') ?? '';
    }
    const multipart = (attr(open, 'enctype') ?? '').toLowerCase() === 'multipart/form-data';
    forms.push({ page, action, fields: [...fields], fileFields: [...fileFields], multipart, hidden });
  }

  return forms;
};

/** GET paths of the staff route inventory that need no parameters. */
export const staffGetPaths = (routes: readonly StaffRoute[]) =>
  routes
    .filter((r) => r.method === 'GET' && !r.url.includes(':') && !r.url.includes('*'))
    .map((r) => r.url)
    .filter(isCrawlable);

/** Crawls from the seeds; returns every HTML page that answered 200, with its body. */
export const crawl = async (client: TestClient, seeds: string[], limit = 60): Promise<Map<string, string>> => {
  const pages = new Map<string, string>();
  const queue = [...new Set(seeds)];
  const seen = new Set(queue);
  // Lists can link to hundreds of rows of one kind: at most three pages per route shape.
  const perShape = new Map<string, number>();
  const shape = (p: string) =>
    p
      .split('?')[0]
      ?.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')
      .replace(/\/\d+(?=\/|$)/g, '/:n') ?? p;
  while (queue.length > 0 && pages.size < limit) {
    const path = queue.shift() as string;
    const res = await client.get(path);
    if (res.statusCode !== 200 || !String(res.headers['content-type'] ?? '').startsWith('text/html')) continue;
    pages.set(path, res.body);
    for (const link of linksIn(res.body)) {
      if (seen.has(link)) continue;
      seen.add(link);
      const s = shape(link);
      const n = perShape.get(s) ?? 0;
      if (n >= 3) continue;
      perShape.set(s, n + 1);
      queue.push(link);
    }
  }

  return pages;
};

/** Every post form on the pages, once per action and field set. */
export const uniqueForms = (pages: Map<string, string>): FoundForm[] => {
  const byKey = new Map<string, FoundForm>();
  for (const [path, html] of pages) {
    for (const form of formsIn(html, path)) {
      const key = `${form.action.split('?')[0]} ${form.fields.join(',')}`;
      if (!byKey.has(key)) byKey.set(key, form);
    }
  }

  return [...byKey.values()];
};

/**
 * Forms behind forms: a multi-step form (the report form starts with a post) shows its next step only
 * after a post. Posts each form once with its hidden values and follows a redirect to a local page.
 */
export const formsBehindForms = async (client: TestClient, forms: FoundForm[], skip: (f: FoundForm) => boolean): Promise<FoundForm[]> => {
  const pages = new Map<string, string>();
  for (const form of forms) {
    if (skip(form) || form.multipart) continue;
    await client.get(form.page);
    const res = await client.post(form.action, form.hidden);
    const location = String(res.headers.location ?? '');
    if (res.statusCode !== 303 || !isCrawlable(location) || pages.has(location)) continue;
    const next = await client.get(location);
    if (next.statusCode === 200) pages.set(location, next.body);
  }
  const known = new Set(forms.map((f) => `${f.action.split('?')[0]} ${f.fields.join(',')}`));

  return uniqueForms(pages).filter((f) => !skip(f) && !known.has(`${f.action.split('?')[0]} ${f.fields.join(',')}`));
};
