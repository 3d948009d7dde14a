/**
 * "Leave this site" on public pages, served as /assets/verlaten.js (the CSP allows scripts from this
 * site only, never inline). Without JavaScript the button is a plain link. With it, the page is
 * emptied first and replaced in the history (Back does not come back here), and pressing Shift three
 * times within a second does the same, as GOV.UK's exit-this-page does.
 */
export const EXIT_SCRIPT = `// "Leave this site" (public pages). Without JavaScript the button is a plain link. With it, the page
// is emptied first and replaced in the history (Back does not come back here), and pressing Shift
// three times within a second does the same, as GOV.UK's exit-this-page does.
(() => {
  const link = document.querySelector('[data-exit]');
  if (!link) return;
  const leave = (event) => {
    if (event) event.preventDefault();
    for (const form of document.forms) form.reset();
    document.title = '';
    document.body.textContent = '';
    window.location.replace(link.href);
  };
  link.addEventListener('click', leave);
  let presses = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = Date.now();
    presses = presses.filter((at) => now - at < 1000);
    presses.push(now);
    if (presses.length >= 3) leave();
  });
  // A page brought back from the back/forward cache shows no typed values.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) for (const form of document.forms) form.reset();
  });
})();
`;
