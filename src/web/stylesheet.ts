import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform as lightningTransform } from 'lightningcss';
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

/**
 * The Utrecht classes our markup uses, read from the source once: every `utrecht-…` token in src/.
 * The component list above keeps whole components; this keeps only the variants we write (a button
 * that is never "subtle" or "danger" needs no rules for them). A token that ends in "--" or "__"
 * (built in code, like `utrecht-alert--${type}`) keeps every variant with that prefix.
 */
const classesInSource = (srcDir: string): { exact: Set<string>; prefixes: string[]; lockedFields: boolean } => {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let lockedFields = false;
  for (const file of readdirSync(srcDir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(tsx?|css)$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
    const text = readFileSync(path.join(srcDir, file), 'utf8');
    for (const m of text.matchAll(/utrecht-[a-z0-9_-]+/g)) {
      const name = `.${m[0]}`;
      if (name.endsWith('--') || name.endsWith('__')) prefixes.push(name);
      else exact.add(name);
    }
    if (file.endsWith('.tsx') && LOCKED_FIELD_ATTRIBUTE.test(text)) lockedFields = true;
  }

  return { exact, prefixes, lockedFields };
};

/**
 * No field in our markup is ever disabled or read-only (a reporter must be able to change every
 * answer), so the Utrecht rules for those states are dead weight on a phone — about 2.5 KB. They come
 * back by themselves as soon as a view writes such an attribute.
 */
const LOCKED_FIELD_ATTRIBUTE = /<(input|textarea|select|button|fieldset)\b[^>]*\s(disabled|readonly|readOnly|aria-disabled)\b/;
const LOCKED_STATE = /:disabled|--disabled|:read-only|--read-only|\[aria-disabled|\[disabled|\[readonly/i;

type Usage = ReturnType<typeof classesInSource>;

const used = (selector: string, usage: Usage): boolean => {
  const classes = selector.match(/\.utrecht-[a-z0-9_-]+/g);
  if (!classes) return false;
  if (!usage.lockedFields && LOCKED_STATE.test(selector)) return false;

  return classes.every(
    (c) =>
      COMPONENTS.some((name) => c === `.utrecht-${name}` || c.startsWith(`.utrecht-${name}--`) || c.startsWith(`.utrecht-${name}__`)) &&
      (usage.exact.has(c) || usage.prefixes.some((p) => c.startsWith(p))),
  );
};

/** Drops comments and layout whitespace: the served file is for browsers, not for reading. */
const minify = (root: Root): string => {
  root.walkComments((c) => {
    c.remove();
  });
  root.walk((node) => {
    node.raws.before = '';
    if (node.type === 'decl') node.raws.between = ':';
    if (node.type === 'rule' || node.type === 'atrule') {
      node.raws.between = '';
      node.raws.after = '';
      node.raws.semicolon = false;
    }
    if (node.type === 'rule') node.selector = node.selectors.join(',');
  });
  root.raws.after = '\n';

  return root.toString();
};

const subset = (css: string, usage: Usage): string => {
  const root: Root = postcss.parse(css);
  root.walkRules((rule) => {
    const keep = rule.selectors.filter((s) => used(s, usage));
    if (keep.length === 0) rule.remove();
    else rule.selectors = keep;
  });
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove();
  });

  return minify(root);
};

/**
 * Utrecht's custom property names are long (`--utrecht-button-primary-action-hover-background-color`)
 * and make up more than half of the file. They are only ever set and read inside this one stylesheet
 * (the CSP forbids inline styles), so each gets a short name, the same in the components and in our theme.
 */
const shortenCustomProperties = (css: string): string => {
  const short = new Map<string, string>();

  return css.replace(/--_?utrecht-[a-z0-9-]+/g, (name) => {
    let s = short.get(name);
    if (!s) {
      s = `--u${short.size.toString(36)}`;
      short.set(name, s);
    }

    return s;
  });
};

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Last pass with Lightning CSS: it merges rules with the same declarations and shortens values, which
 * our own pass does not (about 2.5 KB). Targets are the browsers a reporter's phone has had for years,
 * so nothing gets rewritten for old browsers.
 */
const BROWSERS = { chrome: 100 << 16, firefox: 100 << 16, safari: 15 << 16 };
const compact = (css: string): string =>
  `${lightningTransform({ filename: 'vangnet.css', code: Buffer.from(css), minify: true, targets: BROWSERS }).code.toString()}\n`;

export type Stylesheet = { body: string; etag: string };

let cached: Stylesheet | undefined;

export const stylesheet = (): Stylesheet => {
  if (cached) return cached;
  const utrecht = readFileSync(require.resolve('@utrecht/component-library-css/dist/index.css'), 'utf8');
  const theme = readFileSync(path.join(here, 'assets', 'theme.css'), 'utf8');
  const body = compact(shortenCustomProperties(`${subset(utrecht, classesInSource(path.join(here, '..')))}\n${minify(postcss.parse(theme))}`));
  cached = { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"` };

  return cached;
};
