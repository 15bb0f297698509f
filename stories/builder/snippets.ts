/**
 * What the embed builder hands a CMS editor: the script and tag, or the pre-rendered snippet
 * (declarative shadow DOM from dist/prerendered/, hydrated in place by limber-hydrate.js, which is
 * limber.js by the name snippets load), and the
 * Content-Security-Policy each needs. Pure functions: the builder, its tests and the embedding
 * checks all compose snippets here, so what is tested is what is copied.
 */

/** The pre-rendered matrix's index (dist/prerendered/index.json, scripts/lib/prerendered.mjs). */
export interface PrerenderedIndex {
  readonly locales: readonly string[];
  /** Each locale's name for a menu: `Español (Spanish)`. */
  readonly languageNames?: Readonly<Record<string, string>>;
  readonly headingLevels: readonly number[];
  readonly regions: readonly string[];
  /** Each region's name for a menu: `United Kingdom`. */
  readonly regionNames?: Readonly<Record<string, string>>;
  /** What a host may require before content shows (`require-review`): `clinical`. */
  readonly reviewRequirements: readonly string[];
  readonly elements: readonly PrerenderedElement[];
}

export interface PrerenderedElement {
  readonly kind: string;
  /** The attribute that names the item: `exercise`, `tip`, `level`, `person`, `topic`. */
  readonly attribute: string;
  /** Whether the element takes `region` (the numbers to call differ between regions). */
  readonly regional: boolean;
  /** Whether it shows items a clinician signs off, so `require-review` changes what it shows. */
  readonly reviewable: boolean;
  readonly items: readonly { readonly id: string; readonly label: Readonly<Record<string, string>> }[];
  /** CSP sources for every shadow-root stylesheet in this element's snippets. */
  readonly styleHashes: readonly string[];
}

export const THEMES = ['auto', 'light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** One embed, as the editor picked it. */
export interface EmbedChoice {
  readonly element: PrerenderedElement;
  readonly item: string;
  readonly locale: string;
  readonly region: string;
  readonly theme: Theme;
  readonly headingLevel: number;
  /** `clinical`: show only clinically signed-off items (the emergency card always); empty: everything. */
  readonly requireReview: string;
  /** Where limber.js is served from, ending in `/` (`https://cdn.example/limber-elements/dist/`). */
  readonly scriptBase: string;
}

const escapeAttribute = (value: string): string => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The tag's attributes, in the order the pre-renderer writes them. */
export function attributes(choice: EmbedChoice): [string, string][] {
  const { element, item, locale, region, headingLevel, requireReview } = choice;
  return [
    [element.attribute, item],
    ['lang', locale],
    ['heading-level', String(headingLevel)],
    ...(element.regional ? [['region', region] as [string, string]] : []),
    ...(element.reviewable && requireReview ? [['require-review', requireReview] as [string, string]] : []),
  ];
}

/** The element's tag, empty, for a page that loads limber.js. */
export function tag(choice: EmbedChoice): string {
  const name = `limber-${choice.element.kind}`;
  const attrs = attributes(choice).map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`);
  return `<${name}${attrs.join('')}></${name}>`;
}

/** Where this choice's pre-rendered HTML lives under dist/prerendered/ (as scripts/lib/prerendered.mjs). */
export function snippetPath(choice: EmbedChoice): string {
  const { element, item, locale, headingLevel, region, requireReview } = choice;
  const review = element.reviewable && requireReview ? `.${requireReview}` : '';
  return `${locale}/${element.kind}/${item}.h${headingLevel}${element.regional ? `.${region}` : ''}${review}.html`;
}

function themeLink(choice: EmbedChoice): string[] {
  return choice.theme === 'auto' ? [] : [`<link rel="stylesheet" href="${escapeAttribute(choice.scriptBase)}themes/${choice.theme}.css">`];
}

/** Snippet (a): limber.js and the tag. */
export function scriptSnippet(choice: EmbedChoice): string {
  const src = escapeAttribute(`${choice.scriptBase}limber.js`);
  return [`<script type="module" src="${src}"></script>`, ...themeLink(choice), tag(choice)].join('\n');
}

/** Snippet (b): limber-hydrate.js (async: it never holds the first paint) and the pre-rendered HTML. */
export function prerenderedSnippet(choice: EmbedChoice, prerendered: string): string {
  const src = escapeAttribute(`${choice.scriptBase}limber-hydrate.js`);
  return [`<script type="module" src="${src}" async></script>`, ...themeLink(choice), prerendered.trim()].join('\n');
}

/** `'self'` when the script is served by the page's own origin, else that origin. */
function sourceOf(scriptBase: string, pageOrigin: string): string {
  const origin = new URL(scriptBase, pageOrigin).origin;
  return origin === pageOrigin ? "'self'" : origin;
}

/**
 * The Content-Security-Policy a strict host needs for a snippet: the script's origin, the
 * shadow-root stylesheets' hashes (pre-rendered only), Trusted Types for Lit and the article's JSON-LD.
 */
export function contentSecurityPolicy(choice: EmbedChoice, prerendered: boolean, pageOrigin: string): string {
  const source = sourceOf(choice.scriptBase, pageOrigin);
  const styles = [source, ...(prerendered ? choice.element.styleHashes : [])];
  return [
    `script-src ${source}`,
    `style-src ${[...new Set(styles)].join(' ')}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html limber-json-ld',
  ].join('; ');
}
