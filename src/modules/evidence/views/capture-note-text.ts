import type { Lang } from '../../../web/i18n.ts';

/**
 * The capture writes its notes in English into the record (they are part of what was stored and
 * hashed, so they stay as they are). The page shows them in Dutch: each known note by its pattern,
 * anything else as written.
 */
const DUTCH: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^(\d+) picture\(s\) written into the page or its style sheets \(data: URLs\) were removed before storing$/, (m) => `${m[1]} afbeelding(en) die in de pagina of de opmaak zelf stonden (data:-adressen), zijn weggehaald voor het opslaan.`],
  [/^more than (\d+) resources: the rest was not fetched$/, (m) => `Meer dan ${m[1]} onderdelen: de rest is niet opgehaald.`],
  [/^not fetched: (.+)$/, (m) => `Niet opgehaald: ${m[1]}`],
  [/^the page did not finish loading in time; the rendering shows what had loaded$/, () => 'De pagina was niet op tijd klaar met laden; de schermafbeelding toont wat er geladen was.'],
  [
    /^pictures hidden in the rendering \(style sheet added after loading\); image, video, audio and font requests refused$/,
    () => 'Afbeeldingen zijn verborgen in de schermafbeelding; verzoeken om afbeeldingen, video, geluid en lettertypen zijn geweigerd.',
  ],
  [/^page is (\d+) px tall; the screenshot shows the first (\d+) px$/, (m) => `De pagina is ${m[1]} px hoog; de schermafbeelding toont de eerste ${m[2]} px.`],
];

export const captureNoteText = (lang: Lang, note: string): string => {
  if (lang !== 'nl') return note;
  for (const [pattern, dutch] of DUTCH) {
    const m = pattern.exec(note);
    if (m) return dutch(m);
  }

  return note;
};
