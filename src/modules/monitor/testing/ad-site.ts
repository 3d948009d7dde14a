import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { SyntheticAd } from './generate-corpus.ts';

export type AdSite = {
  origin: string;
  startUrl: string;
  /** Requests per path (without query), including any image request. */
  requests: Map<string, number>;
  /** Requests for images or video. The monitor must keep this at 0. */
  imageRequests: () => number;
  userAgents: Set<string>;
  /** Every request in arrival order, with its time (ms since epoch). */
  requestLog: Array<{ path: string; at: number }>;
  totalRequests: () => number;
  /** Replaces an ad's text (to test that a changed ad keeps its versions). */
  updateAd: (id: string, text: string) => void;
  close: () => Promise<void>;
};

export type AdSiteOptions = {
  ads: SyntheticAd[];
  pageSize?: number;
  /** Link hostile pages from the first listing page. */
  hostile?: boolean;
  port?: number;
};

const MEDIA = /\.(jpe?g|png|gif|webp|avif|mp4|webm|mov)$/i;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const HOSTILE_LINKS = [
  '/hostile/hang',
  '/hostile/endless',
  '/hostile/huge',
  '/hostile/not-html',
  '/hostile/disguised-image.html',
  '/hostile/loop-a',
  '/hostile/malformed',
  '/hostile/error',
  '/private/hidden-ad',
];

const page = (title: string, body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>${body}</body></html>`;

/** The HTML of one ad page (also used by the pipeline benchmark). */
export const renderAdPage = (ad: SyntheticAd) =>
  page(
    ad.title,
    `<article class="ad" data-id="${ad.id}">
<h1 class="title">${esc(ad.title)}</h1>
<div class="text">${esc(ad.text)}</div>
<dl><dt>Plaats</dt><dd class="place">${esc(ad.city)}</dd><dt>Leeftijd</dt><dd class="age">${ad.age}</dd>
<dt>Prijs</dt><dd class="price">${esc(ad.price)}</dd><dt>Geplaatst</dt><dd><time class="date" datetime="${ad.postedAt}">${ad.postedAt.slice(0, 10)}</time></dd>
<dt>Contact</dt><dd class="contact">${esc(ad.phone)}</dd></dl>
${ad.imageUrls.map((u) => `<img class="photo" src="${u}" alt=""><a href="${u}">foto</a>`).join('\n')}
<video src="/media/${ad.id}.mp4"></video>
</article><p><a href="/ads?page=1">terug</a></p>`,
  );

/**
 * A fictitious ad site on loopback for tests and benchmarks: listing pages, ad pages, images that
 * must never be requested, and hostile pages. Everything is counted.
 */
export const startAdSite = async (options: AdSiteOptions): Promise<AdSite> => {
  const ads = new Map(options.ads.map((a) => [a.id, { ...a }]));
  const order = options.ads.map((a) => a.id);
  const pageSize = options.pageSize ?? 50;
  const pages = Math.max(1, Math.ceil(order.length / pageSize));
  const requests = new Map<string, number>();
  const userAgents = new Set<string>();
  const requestLog: Array<{ path: string; at: number }> = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let images = 0;
  let total = 0;

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.test');
    const path = url.pathname;
    total += 1;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    if (requestLog.length < 100_000) requestLog.push({ path, at: Date.now() });
    userAgents.add(String(req.headers['user-agent'] ?? ''));
    if (MEDIA.test(path) || path.startsWith('/images/') || path.startsWith('/media/')) {
      images += 1;
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end(Buffer.alloc(64));
      return;
    }
    const html = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    };
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nDisallow: /private/\n');
      return;
    }
    if (path === '/' || path === '/ads') {
      const n = Math.min(pages, Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1));
      const slice = order.slice((n - 1) * pageSize, n * pageSize);
      const links = slice.map((id) => `<li><a href="/ad/${id}">${esc(ads.get(id)?.title ?? id)}</a></li>`).join('');
      const extra = n === 1 && options.hostile ? HOSTILE_LINKS.map((h) => `<li><a href="${h}">${h}</a></li>`).join('') : '';
      const next = n < pages ? `<a rel="next" href="/ads?page=${n + 1}">volgende</a>` : '';
      html(200, page(`Advertenties ${n}`, `<img src="/images/banner.png" alt=""><ul class="ads">${links}${extra}</ul>${next}`));
      return;
    }
    if (path.startsWith('/ad/')) {
      const ad = ads.get(path.slice(4));
      if (!ad) return html(404, page('Niet gevonden', '<p>Niet gevonden</p>'));
      html(200, renderAdPage(ad));
      return;
    }
    if (path.startsWith('/private/')) return html(200, page('Privé', '<p>robots.txt sluit deze pagina uit</p>'));
    switch (path) {
      case '/hostile/hang':
        // Never answers; the crawler's time limit must end it.
        return;
      case '/hostile/endless': {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body>');
        const timer = setInterval(() => res.write(`<p>${'x'.repeat(16_000)}</p>`), 5);
        timers.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      case '/hostile/huge':
        return html(200, page('Groot', `<p>${'groot '.repeat(2_000_000)}</p>`));
      case '/hostile/not-html':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.4 fictitious');
        return;
      case '/hostile/disguised-image.html':
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.end(Buffer.alloc(64));
        return;
      case '/hostile/loop-a':
        res.writeHead(302, { location: '/hostile/loop-b' });
        res.end();
        return;
      case '/hostile/loop-b':
        res.writeHead(302, { location: '/hostile/loop-a' });
        res.end();
        return;
      case '/hostile/malformed':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body><article class="ad"><h1 class="title">Kapot <b>opgemaakt<div class="text">tekst zonder einde <p><<>> &&& <script>');
        return;
      case '/hostile/error':
        return html(500, page('Fout', '<p>fout</p>'));
      default:
        return html(404, page('Niet gevonden', '<p>Niet gevonden</p>'));
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    startUrl: `${origin}/ads?page=1`,
    requests,
    imageRequests: () => images,
    userAgents,
    requestLog,
    totalRequests: () => total,
    updateAd: (id, text) => {
      const ad = ads.get(id);
      if (ad) ad.text = text;
    },
    close: async () => {
      for (const t of timers) clearInterval(t);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
