import { checkUrl } from './urls.js';

/**
 * The inline rich-text syntax, parsed into a small list of nodes. It is never HTML: angle
 * brackets and entities are plain characters.
 *
 * | syntax            | node       |
 * |-------------------|------------|
 * | `*words*`         | emphasis   |
 * | `[label](url)`    | link (URL policy applies; a refused URL leaves the label as text) |
 * | `[^reference-id]` | cite       |
 * | `\*`, `\[`, `\\`  | the character itself |
 *
 * Anything unclosed is kept as the characters written. Emphasis and link labels hold plain text.
 */
export type RichNode =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'emphasis'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'cite'; readonly ref: string };

export interface ParsedRichText {
  readonly nodes: readonly RichNode[];
  /** Problems found, such as a refused link URL; the nodes are still safe to render. */
  readonly problems: readonly string[];
}

// Sticky (`y`) patterns match at `lastIndex` only, so parsing stays linear on long input.
const CITE = /\[\^([A-Za-z0-9][A-Za-z0-9._-]*)\]/y;
const LINK = /\[((?:\\.|[^\]\\\n])+)\]\(((?:[^()\s]|\([^()\s]*\))*)\)/y;
const EMPHASIS = /\*((?:\\.|[^*\\\n])+)\*/y;
/** A run of characters none of which can start syntax, taken in one slice. */
const PLAIN = /[^\\[*]+/y;

function matchAt(pattern: RegExp, source: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(source);
}

/**
 * Where an opener's scan must stop: the first unescaped `closer`, a newline, or a backslash before
 * a newline (the patterns never cross either), or the end of the text.
 */
function closingPoint(source: string, from: number, closer: string): number {
  for (let i = from; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === closer || ch === '\n') return i;
    if (ch === '\\') {
      if (source[i + 1] === '\n' || i + 1 >= source.length) return i;
      i += 1;
    }
  }
  return source.length;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/**
 * Texts already parsed: a page renders each text at least twice (its element's sources list and
 * its body) and again on every re-render, and the result depends on the text alone. Bounded, so
 * a page that renders endless distinct texts keeps only the latest ones.
 */
const parsedTexts = new Map<string, ParsedRichText>();
const PARSED_TEXTS_KEPT = 2000;

/** Parses rich text. Never throws; a non-string becomes an empty result with a problem. */
export function parseRichText(source: unknown): ParsedRichText {
  if (typeof source !== 'string') {
    return { nodes: [], problems: ['rich text is not a string'] };
  }
  let parsed = parsedTexts.get(source);
  if (!parsed) {
    if (parsedTexts.size >= PARSED_TEXTS_KEPT) parsedTexts.clear();
    parsed = parse(source);
    parsedTexts.set(source, parsed);
  }
  return parsed;
}

function parse(source: string): ParsedRichText {
  const nodes: RichNode[] = [];
  const problems: string[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') nodes.push({ kind: 'text', text });
    text = '';
  };
  // When a link or emphasis fails to match at i, every later opener before the same closing point
  // would fail the same way; skipping them keeps parsing linear (1 MB of "[[[[" stays fast).
  let linkBlockedUntil = -1;
  let emphasisBlockedUntil = -1;
  let i = 0;
  while (i < source.length) {
    // Plain runs are sliced whole: adding them a character at a time built a rope of hundreds
    // of string pieces per text that Lit then kept alive (about 6 KB of heap per exercise card).
    const plain = matchAt(PLAIN, source, i);
    if (plain) {
      text += plain[0];
      i += plain[0].length;
      continue;
    }
    const ch = source[i];
    if (ch === '\\' && i + 1 < source.length) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '[') {
      const cite = matchAt(CITE, source, i);
      if (cite) {
        flush();
        nodes.push({ kind: 'cite', ref: cite[1] ?? '' });
        i += cite[0].length;
        continue;
      }
      const link = i < linkBlockedUntil ? null : matchAt(LINK, source, i);
      if (!link && i >= linkBlockedUntil) linkBlockedUntil = closingPoint(source, i + 1, ']');
      if (link) {
        const label = unescape(link[1] ?? '');
        const checked = checkUrl(link[2] ?? '', 'link');
        if (checked.ok) {
          flush();
          nodes.push({ kind: 'link', text: label, href: checked.url });
        } else {
          problems.push(`link "${label}" was not rendered as a link: ${checked.reason}`);
          text += label;
        }
        i += link[0].length;
        continue;
      }
    }
    if (ch === '*') {
      const emphasis = i < emphasisBlockedUntil ? null : matchAt(EMPHASIS, source, i);
      if (!emphasis && i >= emphasisBlockedUntil) emphasisBlockedUntil = closingPoint(source, i + 1, '*');
      if (emphasis) {
        flush();
        nodes.push({ kind: 'emphasis', text: unescape(emphasis[1] ?? '') });
        i += emphasis[0].length;
        continue;
      }
    }
    text += ch;
    i += 1;
  }
  flush();
  // Frozen: the result is shared by every caller that parses the same text.
  for (const node of nodes) Object.freeze(node);
  return Object.freeze({ nodes: Object.freeze(nodes), problems: Object.freeze(problems) });
}

/** The reference ids cited with `[^id]` in these texts, each once, in order of first citation. */
export function citationsIn(texts: readonly string[]): string[] {
  const ids: string[] = [];
  for (const source of texts) {
    for (const node of parseRichText(source).nodes) if (node.kind === 'cite' && !ids.includes(node.ref)) ids.push(node.ref);
  }
  return ids;
}
