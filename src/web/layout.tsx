import type { Child } from 'hono/jsx';
import { isOfficeOpen } from '../modules/public-site/index.ts';
import type { View } from '../app/view.ts';
import { type Lang, pick } from './i18n.ts';
import { staffNav } from './staff-nav.ts';
import { common } from './texts.ts';

type PageProps = {
  view: View;
  title: string;
  children?: Child;
  /** The id of the page's form that the language switch submits (see languageSwitch). */
  languageForm?: string;
};

/**
 * Scripts a staff page adds, as addresses of the app's own script files under /assets/ (the CSP
 * allows scripts from 'self' only: no inline script, no nonce). A page must work without them.
 */
type StaffPageProps = PageProps & { scripts?: readonly `/assets/${string}.js`[] };

/**
 * The switch to the other language. On a page with a form whose typed values must survive the
 * switch (a step of the report form), `form` names that form: the switch is then a submit button of
 * it (HTML `form` attribute, no JavaScript), and the route saves what was typed before it switches.
 */
const languageSwitch = (lang: Lang, path: string, form?: string) => {
  const t = pick(common, lang);
  const other = lang === 'nl' ? 'en' : 'nl';
  if (form) {
    // Enter in a field presses the form's first submit button in document order, which would be
    // this header button. A hidden button without a name comes first, so Enter still means "on";
    // `hidden` keeps it out of the accessibility tree and the tab order (Chromium still uses it).
    return (
      <>
        <button type="submit" form={form} hidden>
          {t.switchLanguageDefault}
        </button>
        <button type="submit" form={form} name="_taal" value={other} formnovalidate class="vn-lang" lang={other} aria-label={t.switchLanguageLabel}>
          {t.switchLanguage}
        </button>
      </>
    );
  }

  return (
    <a class="utrecht-link vn-lang" href={`/taal/${other}?terug=${encodeURIComponent(path)}`} hreflang={other} lang={other} aria-label={t.switchLanguageLabel}>
      {t.switchLanguage}
    </a>
  );
};

/**
 * Where "leave this site" goes: an ordinary weather site, so a glance at the screen or the tab shows
 * nothing worrying. A plain link (works without JavaScript); exit.js makes it replace the page in
 * the history and adds the triple Shift of GOV.UK's exit-this-page.
 */
export const EXIT_URL = 'https://www.buienradar.nl/';

const head = (title: string, siteName: string, scripts: readonly string[] = []) => (
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>{`${title} – ${siteName}`}</title>
    <link rel="stylesheet" href="/assets/vangnet.css" />
    {scripts.map((src) => (
      <script src={src} defer />
    ))}
  </head>
);

/** Every public page: skip link, 112 on top, language switch, office hours and 0800-0034 at the bottom. */
export const PublicLayout = ({ view, title, children, languageForm }: PageProps) => {
  const { lang, path } = view;
  const t = pick(common, lang);
  const open = isOfficeOpen(view.now);

  return (
    <html lang={lang}>
      {head(title, t.siteName, ['/assets/verlaten.js'])}
      <body class="utrecht-document utrecht-page vn-public">
        <a class="utrecht-skip-link" href="#inhoud">
          {t.skipLink}
        </a>
        <div class="vn-emergency" role="note">
          <strong>{t.emergency}</strong>
        </div>
        <div class="vn-exit">
          <a class="vn-exit-button" href={EXIT_URL} rel="noreferrer" data-exit="">
            {t.exitButton}
          </a>
          <span class="vn-exit-hint">
            {t.exitHint} <a href="/informatie/bezoek-verbergen">{t.hideVisit}</a>
          </span>
        </div>
        <header class="utrecht-page-header vn-header">
          <a class="vn-brand" href="/">
            <span class="vn-brand-name">{t.siteName}</span>
            <span class="vn-brand-tagline">{t.tagline}</span>
          </a>
          {languageSwitch(lang, path, languageForm)}
        </header>
        <nav class="vn-nav" aria-label={t.mainNav}>
          <ul>
            <li><a href="/">{t.navHome}</a></li>
            <li><a href="/melden">{t.navReport}</a></li>
            <li><a href="/mijn-melding">{t.navFollowUp}</a></li>
            <li><a href="/hoe-wij-werken">{t.navAbout}</a></li>
            <li><a href="/informatie">{t.navInfo}</a></li>
            <li><a href="/hulp">{t.navHelp}</a></li>
            <li><a href="/zoeken">{t.navSearch}</a></li>
          </ul>
        </nav>
        <main id="inhoud" class="utrecht-page-content vn-main" tabindex={-1}>
          {children}
        </main>
        <footer class="utrecht-page-footer vn-footer">
          <p class="utrecht-paragraph">
            <strong>{t.emergency}</strong> {t.phoneLine} ({t.officeHours}).
          </p>
          <p class="utrecht-paragraph">{open ? t.officeOpenNow : t.officeClosedNow}</p>
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/privacy">{t.footerPrivacy}</a> · {t.footerNote}
          </p>
        </footer>
      </body>
    </html>
  );
};

/** Every staff page. The staff app has its own port; it is never reachable from the public one. */
export const StaffLayout = ({ view, title, children, scripts }: StaffPageProps) => {
  const { lang, path, user } = view;
  const t = pick(common, lang);
  const nav = user ? staffNav(lang, user.roles) : [];

  return (
    <html lang={lang}>
      {head(title, `${t.siteName} – staff`, scripts)}
      <body class="utrecht-document utrecht-page vn-staff">
        <a class="utrecht-skip-link" href="#inhoud">
          {t.skipLink}
        </a>
        <header class="utrecht-page-header vn-header">
          <a class="vn-brand" href="/">
            <span class="vn-brand-name">{t.siteName}</span>
            <span class="vn-brand-tagline">{lang === 'nl' ? 'Medewerkers' : 'Staff'}</span>
          </a>
          {languageSwitch(lang, path)}
          {user ? (
            <form method="post" action="/uitloggen" class="vn-signout">
              <span>
                {t.signedInAs} {user.name}
              </span>{' '}
              <input type="hidden" name="_csrf" value={view.csrf} />
              <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                {t.signOut}
              </button>
            </form>
          ) : null}
        </header>
        {nav.length > 0 ? (
          <nav class="vn-nav" aria-label={t.staffNav}>
            <ul>
              {nav.map((item) => (
                <li>
                  <a href={item.href} aria-current={path === item.href ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <main id="inhoud" class="utrecht-page-content vn-main" tabindex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
};
