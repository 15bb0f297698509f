import type { CslName, Reference } from '../model/index.js';
import { checkUrl, doiUrl, type UrlCheck } from './urls.js';

function nameOf(name: CslName): string {
  return 'literal' in name ? name.literal : name.family;
}

/** Authors for a short label: "NHS", "Davis & Vasudevan", "Romeo et al.". */
export function shortAuthors(reference: Reference): string | undefined {
  const authors = reference.author ?? [];
  const [first, second] = authors;
  if (!first) return reference['container-title'];
  if (authors.length === 1) return nameOf(first);
  if (authors.length === 2 && second) return `${nameOf(first)} & ${nameOf(second)}`;
  return `${nameOf(first)} et al.`;
}

/** The year a reference was issued, if known. */
export function issuedYear(reference: Reference): number | undefined {
  return reference.issued?.['date-parts'][0][0];
}

/**
 * A short label for a source list inside an element: "Ellis et al. (2012)" — the full APA 7
 * entry belongs to the citations element.
 */
export function shortReferenceLabel(reference: Reference): string {
  const who = shortAuthors(reference);
  const year = issuedYear(reference);
  const when = year === undefined ? '' : ` (${year})`;
  return who === undefined ? `${reference.title}${when}` : `${who}${when}`;
}

/** Where a reference links to (its URL, else its DOI's), checked by the URL policy; undefined when it has neither. */
export function referenceLink(reference: Reference): UrlCheck | undefined {
  const raw = reference.URL ?? (reference.DOI ? doiUrl(reference.DOI) : undefined);
  return raw === undefined ? undefined : checkUrl(raw, 'link');
}
