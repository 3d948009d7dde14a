import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss, { type Root } from 'postcss';

/**
 * The NL Design System CSS (Utrecht component library) is 400 KB; a reporter on a phone should not
 * download that. We keep only the rules of the components we use and add our own neutral theme.
 */
const COMPONENTS = [
  'document',
  'page',
  'skip-link',
  'heading-1',
  'heading-2',
  'heading-3',
  'paragraph',
  'link',
  'button',
  'button-group',
  'form-field',
  'form-fieldset',
  'form-label',
  'textbox',
  'textarea',
  'select',
  'checkbox',
  'radio-button',
  'alert',
  'table',
  'unordered-list',
  'ordered-list',
  'separator',
  'badge-status',
];

const used = (selector: string): boolean => {
  const classes = selector.match(/\.utrecht-[a-z0-9-]+/g);
  if (!classes) return false;

  return classes.every((c) => COMPONENTS.some((name) => c === `.utrecht-${name}` || c.startsWith(`.utrecht-${name}--`) || c.startsWith(`.utrecht-${name}__`)));
};

const subset = (css: string): string => {
  const root: Root = postcss.parse(css);
  root.walkRules((rule) => {
    const keep = rule.selectors.filter(used);
    if (keep.length === 0) rule.remove();
    else rule.selectors = keep;
  });
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });
  root.walkComments((c) => {
    c.remove();
  });

  return root.toString().replace(/\n\s*\n/g, '\n');
};

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export type Stylesheet = { body: string; etag: string };

let cached: Stylesheet | undefined;

export const stylesheet = (): Stylesheet => {
  if (cached) return cached;
  const utrecht = readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8');
  const theme = readFileSync(path.join(here, 'assets', 'theme.css'), 'utf8');
  const body = `${subset(utrecht)}\n${theme}`;
  cached = { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` };

  return cached;
};
