import type { View } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { PublicLayout } from '../../../web/layout.tsx';
import { aboutText, helpText, homeText, privacyText } from '../texts.ts';

export const HomePage = ({ view }: { view: View }) => {
  const t = pick(homeText, view.lang);

  return (
    <PublicLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <p class="utrecht-paragraph">{t.intro}</p>
      <p class="utrecht-paragraph">
        <a class="vn-cta" href="/melden">
          {t.reportCta}
        </a>{' '}
        <a class="utrecht-link" href="/mijn-melding">
          {t.followUpCta}
        </a>
      </p>
      <h2 class="utrecht-heading-2">{t.audiencesTitle}</h2>
      <ul class="vn-cards">
        {t.audiences.map(([href, label]) => (
          <li>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2">{t.whoTitle}</h2>
      <p class="utrecht-paragraph">{t.whoIntro}</p>
      <ul class="utrecht-unordered-list">
        {t.who.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2">{t.whatTitle}</h2>
      <ul class="utrecht-unordered-list">
        {t.what.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <h2 class="utrecht-heading-2">{t.anonymousTitle}</h2>
      <p class="utrecht-paragraph">{t.anonymous}</p>
      <h2 class="utrecht-heading-2">{t.contactTitle}</h2>
      <p class="utrecht-paragraph">{t.contact}</p>
    </PublicLayout>
  );
};

export const AboutPage = ({ view }: { view: View }) => {
  const t = pick(aboutText, view.lang);

  return (
    <PublicLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      {t.sections.map(([heading, text]) => (
        <>
          <h2 class="utrecht-heading-2">{heading}</h2>
          <p class="utrecht-paragraph">{text}</p>
        </>
      ))}
    </PublicLayout>
  );
};

export const HelpPage = ({ view }: { view: View }) => {
  const t = pick(helpText, view.lang);

  return (
    <PublicLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <h2 class="utrecht-heading-2">{t.dangerTitle}</h2>
      <p class="utrecht-paragraph">{t.danger}</p>
      <h2 class="utrecht-heading-2">{t.phoneTitle}</h2>
      <p class="utrecht-paragraph">{t.phone}</p>
      <h2 class="utrecht-heading-2">{t.otherTitle}</h2>
      <ul class="utrecht-unordered-list">
        {t.other.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </PublicLayout>
  );
};

export const PrivacyPage = ({ view }: { view: View }) => {
  const t = pick(privacyText, view.lang);

  return (
    <PublicLayout view={view} title={t.title}>
      <h1 class="utrecht-heading-1">{t.title}</h1>
      <ul class="utrecht-unordered-list">
        {t.items.map((line) => (
          <li>{line}</li>
        ))}
      </ul>
    </PublicLayout>
  );
};
