import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Reference } from '../model/index.js';
import { referenceLink, shortReferenceLabel } from '../content/references.js';
import type { Messages } from '../i18n/messages.js';
import { headingTag } from './heading.js';
import { renderReaderNote } from './reader-note.js';

function renderSource(reference: Reference, index: number, m: Messages, report: (message: string) => void, lang?: string): TemplateResult {
  const link = referenceLink(reference);
  if (link && !link.ok) report(`source "${reference.id}" link not shown: ${link.reason}`);
  const title = link?.ok ? html`<a href=${link.url} part="link">${reference.title}</a>` : reference.title;
  return html`<li id=${`source-${index + 1}`} tabindex="-1"><span lang=${ifDefined(reference.language ?? lang)}
      >${shortReferenceLabel(reference)}: <cite>${title}</cite></span>${renderReaderNote(reference, m)}</li>`;
}

/**
 * The numbered sources an item is written from; citation markers point at `#source-N`. `lang`:
 * the references' language where it is not the UI language (a reader note after one is in the
 * UI language).
 */
export function renderSources(
  sources: readonly Reference[],
  m: Messages,
  level: number,
  report: (message: string) => void,
  lang?: string,
): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  const h = headingTag(level);
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tags are lit/static-html literals, not bindings */
  return html`<footer class="sources" part="sources">
    <${h}>${m.sources}</${h}>
    <ol>
      ${sources.map((reference, index) => renderSource(reference, index, m, report, lang))}
    </ol>
  </footer>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
