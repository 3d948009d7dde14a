import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small web site for capture tests, on 127.0.0.1 with a free port. It counts every request per
 * path, so a test can prove that no picture, video or font was ever asked for. All content is
 * fictitious.
 */
export type TestSite = { base: string; hits: (path: string) => number; allHits: () => Record<string, number>; close: () => Promise<void> };

// 1×1 PNG and a JPEG header: what the site would send if a picture were ever requested.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

/** What the page embeds as data: pictures; a test proves it is never kept. */
export const EMBEDDED_PNG_BASE64 = PNG.toString('base64');

export const PAGE_HTML = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>Advertentie Lisa – testpagina</title>
  <link rel="stylesheet" href="/style.css">
  <link rel="icon" href="/favicon.ico">
  <link rel="preload" as="image" href="/photos/preload.jpg">
  <style>.hero { background-image: url(/hero-bg.jpg); height: 120px }
    .badge::before { content: url(data:image/png;base64,${PNG.toString('base64')}) ' Nieuw: ' }
    .framed { border: 20px solid; border-image: url(/border.png) 30 round }</style>
  <script src="/app.js"></script>
</head>
<body>
  <h1>Lisa (19) nieuw in Utrecht</h1>
  <p>Bel of app 06-12345678, alleen vandaag. Mail lisa.test@example.org</p>
  <img src="/photos/lisa.jpg" alt="foto">
  <img src="/img?id=7" alt="foto zonder extensie">
  <picture>
    <source srcset="/photos/pic.webp 1x, /photos/pic@2x.webp 2x" type="image/webp">
    <img src="/photos/pic-fallback.jpg" alt="">
  </picture>
  <div class="hero">Achtergrond</div>
  <div class="box">Doos</div>
  <p class="badge">advertentie</p>
  <div class="framed">Kader</div>
  <div style="background: url('/inline-bg.png')">Inline achtergrond</div>
  <video src="/media/clip.mp4" poster="/media/poster.jpg" autoplay muted></video>
  <video controls><source src="/media/clip2.webm" type="video/webm"><track src="/media/subs.vtt" kind="subtitles"></video>
  <audio src="/media/voice.mp3" autoplay></audio>
  <svg width="10" height="10"><image href="/svg-image.png" width="10" height="10"/></svg>
  <a href="/photos/full.jpg">Bekijk de foto</a>
  <img src="data:image/png;base64,${PNG.toString('base64')}" alt="ingebed">
  <iframe src="/frame" title="frame"></iframe>
  <img loading="lazy" src="/photos/lazy.png" style="margin-top:2500px" alt="">
  <p>Einde van de advertentie.</p>
</body>
</html>
`;

const STYLE = `body { font-family: 'Testletter', sans-serif }
@font-face { font-family: 'Testletter'; src: url(/fonts/test.woff2) format('woff2') }
.box { background: url(/css-bg.gif) }
`;

const SCRIPT = `fetch('/api/data.json').then(function (r) { return r.json(); }).then(function (d) {
  var p = document.createElement('p'); p.id = 'js'; p.textContent = d.tekst; document.body.appendChild(p);
});
fetch('/sneaky-image').catch(function () {});
var tracker = new Image(); tracker.src = '/tracker.gif';
`;

const FRAME = '<!doctype html><html lang="nl"><body><p>Tekst in een frame</p><img src="/frame-img.png" alt=""></body></html>';

export const startTestSite = async (): Promise<TestSite> => {
  const counts = new Map<string, number>();
  const open = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.test');
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    const send = (type: string, body: string | Buffer, status = 200) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
      res.end(body);
    };
    switch (url.pathname) {
      case '/page':
        // Chunked on purpose: the WARC must keep the transfer framing as it came off the wire.
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'X-Test-Site': 'vangnet' });
        res.write(PAGE_HTML.slice(0, 400));
        res.end(PAGE_HTML.slice(400));
        return;
      case '/redirect-once':
        res.writeHead(301, { Location: '/page' });
        res.end();
        return;
      case '/style.css':
        return send('text/css', STYLE);
      case '/app.js':
        return send('text/javascript', SCRIPT);
      case '/api/data.json':
        return send('application/json', JSON.stringify({ tekst: 'Geladen door een script' }));
      case '/frame':
        return send('text/html; charset=utf-8', FRAME);
      case '/sneaky-image':
        return send('image/png', PNG);
      case '/plain':
        return send('text/plain; charset=utf-8', 'Alleen tekst: bel 06-12345678.\n');
      case '/photo-direct':
        return send('image/jpeg', JPEG);
      case '/fake-html':
        return send('text/html', Buffer.concat([PNG, Buffer.alloc(64)]));
      case '/document.pdf':
        return send('application/pdf', '%PDF-1.4\n% testbestand\n');
      case '/hang':
        open.add(res);
        return; // never answers
      case '/loop-a':
        res.writeHead(302, { Location: '/loop-b' });
        res.end();
        return;
      case '/loop-b':
        res.writeHead(302, { Location: '/loop-a' });
        res.end();
        return;
      case '/to-file':
        res.writeHead(302, { Location: 'file:///etc/passwd' });
        res.end();
        return;
      case '/big': {
        // 50 MB of HTML, written as fast as the client reads, until it hangs up.
        res.writeHead(200, { 'Content-Type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 50) {
            sent += 1;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('close', () => {
          sent = 50;
        });
        pump();
        return;
      }
      default:
        if (/\.(png|gif|ico)$/.test(url.pathname) || url.pathname === '/img') return send('image/png', PNG);
        if (/\.(jpe?g|webp)$/.test(url.pathname)) return send('image/jpeg', JPEG);
        if (/\.(mp4|webm|mp3|vtt|woff2)$/.test(url.pathname)) return send('application/octet-stream', Buffer.alloc(32));
        return send('text/plain', 'niet gevonden', 404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    base: `http://127.0.0.1:${port}`,
    hits: (path) => counts.get(path) ?? 0,
    allHits: () => Object.fromEntries(counts),
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
