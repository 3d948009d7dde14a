import type { Child } from 'hono/jsx';

/** A titled section of a long page (the dossier page and the sections other modules add to it). */
export const Section = ({ id, title, children }: { id: string; title: string; children?: Child }) => (
  <section id={id} class="vn-section" aria-labelledby={`${id}-titel`}>
    <h2 class="utrecht-heading-2" id={`${id}-titel`}>
      {title}
    </h2>
    {children}
  </section>
);

