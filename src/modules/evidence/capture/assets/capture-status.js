// The capture status page (/bewijs/<id>) updates itself (issue 12 point 7). Served as
// /assets/bewijs-stand.js: the CSP allows scripts from 'self' only, so no inline script. It asks the
// page's state endpoint now and then; when the state changes it fetches the same address again and
// swaps in its <main> (a finished capture shows the item itself), so nothing is reloaded under the
// user's hands. Without JavaScript the page keeps its "Pagina vernieuwen" link (no meta refresh).
(() => {
  const first = document.querySelector('[data-capture-status]');
  const live = document.getElementById('capture-live');
  const main = document.querySelector('main');
  if (!first || !live || !main) return;
  const statusUrl = first.dataset.captureStatus;
  const autoHint = first.dataset.autoHint;
  let shown = first.dataset.captureState;
  const started = Date.now();
  // A capture ends within about two and a half minutes (CAPTURE_STALE_MS); a queue that does not
  // move at all is left to the link after ten.
  const GIVE_UP_MS = 10 * 60 * 1000;
  const delay = () => (Date.now() - started < 30_000 ? 1500 : 5000);

  const sayAutomatic = () => {
    const hint = document.getElementById('capture-hint');
    if (hint && autoHint) hint.textContent = autoHint;
  };

  const get = async (url, accept) => {
    const res = await fetch(url, { credentials: 'same-origin', headers: { accept } });
    // Signed out (a redirect to the sign-in page) or no longer allowed: leave the page as it is.
    if (!res.ok || res.redirected) throw new Error(String(res.status));
    return res;
  };

  const swap = async (label) => {
    const next = new DOMParser().parseFromString(await (await get(location.pathname, 'text/html')).text(), 'text/html');
    const fresh = next.querySelector('main');
    if (!fresh) throw new Error('no main');
    const hadFocus = main.contains(document.activeElement) && document.activeElement !== main;
    // The live region stays where it is (a moved one is not announced); everything else is replaced.
    for (const node of [...main.childNodes]) if (node !== live) node.remove();
    for (const node of [...fresh.childNodes]) if (!(node instanceof Element && node.id === 'capture-live')) main.append(document.adoptNode(node));
    document.title = next.title;
    sayAutomatic();
    live.textContent = label;
    if (hadFocus) main.focus();
  };

  const tick = async () => {
    if (Date.now() - started > GIVE_UP_MS) return;
    try {
      const status = await (await get(statusUrl, 'application/json')).json();
      if (status.state !== shown) {
        await swap(status.label);
        shown = status.state;
      }
      if (status.state === 'done' || status.state === 'failed') return;
    } catch {
      return;
    }
    setTimeout(tick, delay());
  };

  sayAutomatic();
  setTimeout(tick, delay());
})();
