/**
 * The URL policy. Lit escapes text but not URLs, so every `href` and `src` Limber renders passes
 * through `checkUrl` first.
 *
 * Allowed: `https:` URLs, `mailto:` for links, and relative references (`/path`, `path`, `#id`,
 * `?q`); for a host's care options only (`care`), `https:` and `tel:` with a phone number
 * (`tel:+1-800-555-0100`: digits, an optional leading `+`, and `-`, `.`, `(`, `)` between). Refused: every other scheme (`javascript:`, `data:`, `vbscript:`, `blob:`, `http:` ...),
 * protocol-relative `//host`, backslashes (browsers read them as slashes), control characters or
 * whitespace inside the URL (browsers strip tabs and newlines, which can hide a scheme), and URLs
 * longer than `MAX_URL_LENGTH`.
 */

/** What a URL is used for; media (`src`) may not be `mailto:`; a host's care option may be `tel:`. */
export type UrlUse = 'link' | 'media' | 'care';

export type UrlCheck = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

/** Longer URLs are refused: no real content link needs more. */
export const MAX_URL_LENGTH = 2048;

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
// C0 controls, space, DEL, and the C1 range: none belongs inside a URL we render.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]/;
const ALLOWED_SCHEMES: Record<UrlUse, readonly string[]> = {
  link: ['https', 'mailto'],
  media: ['https'],
  care: ['https', 'tel'],
};
/** A phone number as `tel:` carries it: visual separators allowed, nothing else (no parameters). */
const TEL = /^tel:\+?(?=[^0-9]*[0-9])(?:[0-9]|[0-9(][0-9().-]*[0-9)])$/i;

function describe(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}

/**
 * Checks one URL against the policy. Leading and trailing whitespace is trimmed (as browsers do);
 * anything else suspicious is refused, never repaired.
 */
export function checkUrl(value: unknown, use: UrlUse = 'link'): UrlCheck {
  if (typeof value !== 'string') return { ok: false, reason: 'URL is not a string' };
  const url = value.trim();
  if (url === '') return { ok: false, reason: 'URL is empty' };
  if (url.length > MAX_URL_LENGTH) {
    return { ok: false, reason: `URL is longer than ${MAX_URL_LENGTH} characters` };
  }
  if (FORBIDDEN_CHARACTERS.test(url)) {
    return { ok: false, reason: `URL ${describe(url)} contains whitespace, a control character or a backslash` };
  }
  if (url.startsWith('//')) {
    return { ok: false, reason: `protocol-relative URL ${describe(url)} is not allowed` };
  }
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !ALLOWED_SCHEMES[use].includes(scheme)) {
    return { ok: false, reason: `URL scheme "${scheme}:" is not allowed in ${describe(url)}` };
  }
  let parsed: URL;
  try {
    parsed = new URL(url, 'https://relative.invalid/');
  } catch {
    return { ok: false, reason: `URL ${describe(url)} cannot be parsed` };
  }
  const resolved = parsed.protocol.slice(0, -1);
  if (resolved === 'tel' && !TEL.test(url)) {
    return { ok: false, reason: `URL ${describe(url)} is not a phone number (digits, a leading "+", and "-", ".", "(", ")")` };
  }
  if (!ALLOWED_SCHEMES[use].includes(resolved)) {
    return { ok: false, reason: `URL ${describe(url)} resolves to the "${resolved}:" scheme` };
  }
  return { ok: true, url };
}

/** Turns a bare DOI into its `https://doi.org/` URL. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}`;
}
