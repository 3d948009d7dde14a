import { HELP_LINK_TOKEN, helpLink } from './scripts.ts';
import type { ScriptRow } from '../queries/scripts.ts';

/** The exact text a version sends: its approved text, with its own fixed help link where it has one. */
export const deliveredText = (script: ScriptRow, publicBaseUrl: string): string =>
  script.helpCode ? script.text.split(HELP_LINK_TOKEN).join(helpLink(publicBaseUrl, script.helpCode)) : script.text;
