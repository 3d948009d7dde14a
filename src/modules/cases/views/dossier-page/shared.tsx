import type { View } from '../../../../app/view.ts';
import type { DossierPageData } from '../../dossier/load-dossier-page.ts';
import type { FormState } from '../../result.ts';
import { LIMITS, PRIORITIES } from '../../vocab.ts';
import { labelsFor, options } from '../parts.tsx';

export type SectionProps = { view: View; data: DossierPageData; form?: FormState };

export const base = (data: DossierPageData) => `/dossiers/${data.access.dossier.id}`;

/** A text field in a form repeated per row: its id must be unique on the page, its name is not. */
export const InlineText = ({ id, name, label }: { id: string; name: string; label: string }) => (
  <div class="utrecht-form-field">
    <label class="utrecht-form-label" for={id}>
      {label}
    </label>
    <input class="utrecht-textbox" id={id} name={name} type="text" maxlength={LIMITS.shortText} />
  </div>
);

export const priorityOptions = (lang: View['lang']) => options(PRIORITIES, labelsFor(lang).priority);
