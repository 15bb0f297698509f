import { html, type TemplateResult } from 'lit';
import { formatReference } from '../content/apa.js';
import type { Reference } from '../model/index.js';
import { checkUrl } from '../content/urls.js';

/** A reference in APA 7 as a template: italics are `<i>` elements, the DOI/URL a checked link. */
export function renderApa(reference: Reference, report: (message: string) => void): TemplateResult {
  return html`${formatReference(reference).map((segment) => {
    if (segment.kind === 'italic') return html`<i>${segment.text}</i>`;
    if (segment.kind === 'text') return segment.text;
    const checked = checkUrl(segment.href, 'link');
    if (checked.ok) return html`<a href=${checked.url} part="link" class="url">${segment.text}</a>`;
    report(`reference "${reference.id}" link not shown: ${checked.reason}`);
    return '';
  })}`;
}
