import type { CslDate, CslName, Reference } from '../model/index.js';
import { en, type ApaWords } from '../i18n/messages.js';
import { doiUrl } from './urls.js';

/**
 * A small APA 7 formatter for CSL-JSON-shaped references. It returns segments, not a string, so
 * italics become real `<i>` elements and the DOI/URL a real link (after the URL policy). The
 * words around a reference come in the page's language (`ApaWords`); a segment marked `own` holds
 * the work's own words (its title, where it was published), which keep the language it was
 * published in.
 *
 * Covered: journal articles, webpages, books, chapters in a book (e.g. StatPearls) and reports;
 * 1 to 20 authors (and the 21+ ellipsis rule); organisations as authors; no author (title moves
 * to the author position); no date ("n.d."); "Retrieved … from" when an access date is given;
 * a DOI as `https://doi.org/…`; no full stop after a DOI or URL.
 */
export type ApaSegment =
  | { readonly kind: 'text'; readonly text: string; readonly own?: true }
  | { readonly kind: 'italic'; readonly text: string; readonly own?: true }
  | { readonly kind: 'link'; readonly text: string; readonly href: string };

/** "Arvind" → "A.", "C. A." → "C. A.", "Mary-Jane" → "M.-J." */
export function initials(given: string): string {
  return given
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .split('-')
        .map((part) => (part.endsWith('.') && part.length <= 3 ? part : `${part.charAt(0).toUpperCase()}.`))
        .join('-'),
    )
    .join(' ');
}

function formatName(name: CslName): string {
  if ('literal' in name) return name.literal;
  return name.given ? `${name.family}, ${initials(name.given)}` : name.family;
}

/** APA 7 author list: "A", "A, & B", "A, B, … & T" (up to 20), or 19 names, "…", last. */
export function formatAuthors(names: readonly CslName[], words: ApaWords = en.apa): string {
  const formatted = names.map(formatName);
  if (formatted.length === 1) return formatted[0] ?? '';
  if (formatted.length <= 20) return `${formatted.slice(0, -1).join(', ')}${words.beforeLast}${formatted.at(-1)}`;
  return `${formatted.slice(0, 19).join(', ')}, . . . ${formatted.at(-1)}`;
}

/** "(2019, November 15)", "(2019)" or "(n.d.)". */
export function formatIssued(issued: CslDate | undefined, words: ApaWords = en.apa): string {
  const [year, month, day] = issued?.['date-parts'][0] ?? [];
  return `(${year === undefined ? words.noDate : words.issued(year, month, day)})`;
}

/** Adds a full stop unless the text already ends in one, or in "?" or "!". */
function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function sameAsSite(reference: Reference): boolean {
  const [only] = reference.author ?? [];
  return reference.author?.length === 1 && only !== undefined && 'literal' in only && only.literal === reference['container-title'];
}

/** Formats one reference as APA 7 segments, with the words around it in `words`' language. */
export function formatReference(reference: Reference, words: ApaWords = en.apa): ApaSegment[] {
  const out: ApaSegment[] = [];
  const text = (value: string, own = false): void => {
    const last = out.at(-1);
    if (last?.kind === 'text' && Boolean(last.own) === own) out[out.length - 1] = { ...last, text: last.text + value };
    else out.push(own ? { kind: 'text', text: value, own } : { kind: 'text', text: value });
  };
  const italic = (value: string): void => {
    out.push({ kind: 'italic', text: value, own: true });
  };
  /** The work's own words then their full stop: "Title." (no second stop after "?" or "!"). */
  const ownSentence = (value: string): void => {
    text(/[.?!]$/.test(value) ? value : `${value}.`, true);
    text(' ');
  };
  const date = formatIssued(reference.issued, words);
  const titleItalic = reference.type !== 'article-journal' && reference.type !== 'chapter';
  const authors = reference.author ?? [];

  // Author and date, or (no author) title and date.
  const title = (): void => {
    if (titleItalic) {
      italic(reference.title);
      text(/[.?!]$/.test(reference.title) ? ' ' : '. ');
    } else ownSentence(reference.title);
  };
  if (authors.length > 0) {
    text(`${sentence(formatAuthors(authors, words))} ${date}. `);
    title();
  } else {
    title();
    text(`${date}. `);
  }

  // Where it was published.
  const container = reference['container-title'];
  if (reference.type === 'article-journal' && container) {
    italic(container);
    if (reference.volume) {
      text(', ');
      italic(reference.volume);
      if (reference.issue) text(`(${reference.issue})`);
    }
    text(reference.page ? `, ${reference.page}. ` : '. ');
  } else if (reference.type === 'chapter' && container) {
    text(`${words.in} `);
    italic(container);
    text(reference.page ? ` (pp. ${reference.page}). ` : '. ');
    if (reference.publisher) ownSentence(reference.publisher);
  } else {
    if (container && !sameAsSite(reference)) ownSentence(container);
    if (reference.publisher && reference.publisher !== container) ownSentence(reference.publisher);
  }

  // Where to find it: DOI first, then URL; never a full stop after either.
  const href = reference.DOI ? doiUrl(reference.DOI) : reference.URL;
  if (href !== undefined) {
    const [year, month, day] = reference.accessed?.['date-parts'][0] ?? [];
    if (year !== undefined && !reference.DOI) text(words.retrieved(year, month, day));
    out.push({ kind: 'link', text: href, href });
  } else {
    const last = out.at(-1);
    const trimmed = last?.kind === 'text' ? last.text.trimEnd() : undefined;
    if (last?.kind === 'text') {
      if (trimmed) out[out.length - 1] = { ...last, text: trimmed };
      else out.pop();
    }
  }
  // A work republished since it first came out (APA 7, 9.41): the first year, last.
  const [original] = reference['original-date']?.['date-parts'][0] ?? [];
  if (original !== undefined) text(` (${words.originalPublished(original)})`);
  return out;
}

/** The reference as plain text, e.g. for a tooltip or a test. */
export function referenceToPlain(reference: Reference, words: ApaWords = en.apa): string {
  return formatReference(reference, words)
    .map((segment) => segment.text)
    .join('');
}
