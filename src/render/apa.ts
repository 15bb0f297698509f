import { html, type TemplateResult } from 'lit';
import { renderReaderNote } from './reader-note.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatReference } from '../content/apa.js';
import type { Reference } from '../model/index.js';
import type { Messages } from '../i18n/messages.js';
import { checkUrl } from '../content/urls.js';

/**
 * A reference in APA 7 as a template, in the words of `m`'s language: italics are `<i>` elements,
 * the DOI/URL a checked link, the work's own words (title, where it was published) marked with
 * `lang`, the language it was published in where that is not the page's; then, where it matters,
 * how Limber read it (`readerNote`).
 */
export function renderApa(reference: Reference, m: Messages, report: (message: string) => void, lang?: string): TemplateResult {
  const own = reference.language ?? lang;
  return html`${formatReference(reference, m.apa).map((segment) => {
    if (segment.kind === 'italic') return html`<i lang=${ifDefined(own)}>${segment.text}</i>`;
    if (segment.kind === 'text') return segment.own && own ? html`<span lang=${own}>${segment.text}</span>` : segment.text;
    const checked = checkUrl(segment.href, 'link');
    if (checked.ok) return html`<a href=${checked.url} part="link" class="url">${segment.text}</a>`;
    report(`reference "${reference.id}" link not shown: ${checked.reason}`);
    return '';
  })}${renderReaderNote(reference, m)}`;
}
