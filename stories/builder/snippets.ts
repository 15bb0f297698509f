/**
 * What the embed builder hands a CMS editor: the script and tag, or the pre-rendered snippet
 * (declarative shadow DOM from dist/prerendered/, hydrated in place by limber-hydrate.js, which is
 * limber.js by the name snippets load), and the
 * Content-Security-Policy each needs. Pure functions: the builder, its tests and the embedding
 * checks all compose snippets here, so what is tested is what is copied.
 */

import { CARE_OPTION_LEVELS, careSlot, type CareOption, type CareOptionLevel } from '../../src/model/care-option.js';
import { checkUrl } from '../../src/content/urls.js';
import { sentences } from '../../src/i18n/sentences.js';

/** One language's words for a page's own care options (`index.json`, from Limber's UI words). */
export interface CareOptionWords {
  /** The line saying they come from the reader's plan or employer, not from the sources. */
  readonly from: string;
  readonly kinds: Readonly<Record<string, string>>;
  /** The languages line, with `{languages}` where they go: `Languages: {languages}`. */
  readonly languages: string;
}

/** The pre-rendered matrix's index (dist/prerendered/index.json, scripts/lib/prerendered.mjs). */
export interface PrerenderedIndex {
  readonly locales: readonly string[];
  /** Each locale's name for a menu: `Español (Spanish)`. */
  readonly languageNames?: Readonly<Record<string, string>>;
  readonly headingLevels: readonly number[];
  readonly regions: readonly string[];
  /** Each region's name for a menu: `United Kingdom`. */
  readonly regionNames?: Readonly<Record<string, string>>;
  /** Each locale's words for care options. */
  readonly careOptionWords?: Readonly<Record<string, CareOptionWords>>;
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
  /**
   * For an element that links to the host's pages (the topic index): its snippets were rendered
   * with `<prefix>{topic}<suffix>` as its `attribute`; the host's address goes in their place.
   */
  readonly template?: { readonly prefix: string; readonly suffix: string };
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
  /** The page's own care options, and the words in the embed's language to put around them. */
  readonly care?: { readonly options: readonly CareOption[]; readonly words: CareOptionWords };
  /** For the topic index: the address of a topic's page on the host's site, `{topic}` where its id goes. */
  readonly hrefTemplate?: string;
}

const escapeAttribute = (value: string): string => value.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The care levels whose cards this embed shows that take care options: a care card's own, the article's two. */
export function careLevelsOf(choice: EmbedChoice): CareOptionLevel[] {
  if (choice.element.kind === 'article') return [...CARE_OPTION_LEVELS];
  return choice.element.kind === 'care-card' ? CARE_OPTION_LEVELS.filter((level) => level === choice.item) : [];
}

/** The options complete enough to show: words, a level, and a link the URL policy lets through (`tel:`, `https:`). */
export const allowedCareOptions = (options: readonly CareOption[]): CareOption[] =>
  options.filter((o) => o.label.trim() !== '' && o.levels.length > 0 && checkUrl(o.href, 'care').ok);

/**
 * The page's own care options, as light DOM for the embed's tag: for each level it shows, a
 * `<div slot="care-<level>">` with the line saying where they come from and a list of links.
 * It shows without JavaScript inside a pre-rendered card. (The WordPress plugin writes the same
 * markup in PHP, `limber_hc_care_options_html`; its check compares the two.)
 */
export function careOptionsMarkup(choice: EmbedChoice): string {
  const care = choice.care;
  if (!care) return '';
  const allowed = allowedCareOptions(care.options);
  return careLevelsOf(choice)
    .map((level) => {
      const options = allowed.filter((o) => o.levels.includes(level));
      if (options.length === 0) return '';
      const items = options.map((o) => {
        const languages = o.languages === undefined ? undefined : care.words.languages.replace('{languages}', o.languages);
        const details = sentences([care.words.kinds[o.kind], o.hours, languages]);
        return `<li><a href="${escapeAttribute(o.href)}" data-kind="${o.kind}">${escapeAttribute(o.label)}</a> ${escapeAttribute(details)}</li>`;
      });
      return `<div slot="${careSlot(level)}"><p>${escapeAttribute(care.words.from)}</p><ul>${items.join('')}</ul></div>`;
    })
    .filter((markup) => markup !== '')
    .join('\n');
}

/** `markup` on lines of its own inside an element's end tag, or the end tag alone. */
const closeWith = (markup: string, endTag: string): string => (markup ? `\n${markup}\n${endTag}` : endTag);

/**
 * What is wrong with a topic index's address for a topic's page, or undefined: it needs `{topic}`
 * once, and the links it makes must pass Limber's URL policy (https, mailto or relative).
 */
export function hrefTemplateProblem(template: string | undefined): string | undefined {
  const parts = (template ?? '').split('{topic}');
  if (parts.length !== 2) return 'The address needs {topic} once, where the topic’s id goes: /health/{topic}.';
  const checked = checkUrl(parts.join('topic'), 'link');
  return checked.ok ? undefined : `The address is refused: ${checked.reason}.`;
}

/** The tag's attributes, in the order the pre-renderer writes them. */
export function attributes(choice: EmbedChoice): [string, string][] {
  const { element, item, locale, region, headingLevel, requireReview } = choice;
  return [
    [element.attribute, element.template ? (choice.hrefTemplate ?? '') : item],
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
  return `<${name}${attrs.join('')}>${closeWith(careOptionsMarkup(choice), `</${name}>`)}`;
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

/**
 * Pre-rendered HTML with the host's address where the snippet's template marker is: in the
 * element's attribute and in every link, as the element itself would write them.
 */
export function withHostAddress(choice: EmbedChoice, prerendered: string): string {
  const { template } = choice.element;
  if (!template) return prerendered;
  const [prefix = '', suffix = ''] = (choice.hrefTemplate ?? '').split('{topic}');
  return prerendered.replaceAll(template.prefix, escapeAttribute(prefix)).replaceAll(template.suffix, escapeAttribute(suffix));
}

/** Snippet (b): limber-hydrate.js (async: it never holds the first paint) and the pre-rendered HTML. */
export function prerenderedSnippet(choice: EmbedChoice, prerendered: string): string {
  const src = escapeAttribute(`${choice.scriptBase}limber-hydrate.js`);
  const endTag = `</limber-${choice.element.kind}>`;
  const html = withHostAddress(choice, prerendered.trim());
  // The element's own end tag is the last one (only Lit's closing marker comes after it).
  const at = html.lastIndexOf(endTag);
  const withOptions = at < 0 ? html : html.slice(0, at) + closeWith(careOptionsMarkup(choice), endTag) + html.slice(at + endTag.length);
  return [`<script type="module" src="${src}" async></script>`, ...themeLink(choice), withOptions].join('\n');
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
