import { casesText } from './texts.ts';

/** A cases text in both languages, for a Problem's message (src/app/result.ts). */
export const both = (text: (t: typeof casesText.nl) => string): { nl: string; en: string } => ({ nl: text(casesText.nl), en: text(casesText.en) });
