import { html, nothing, type TemplateResult } from 'lit';
import type { Person, Quote } from '../content/model.js';

/**
 * A quotation as the source gives it: a real `<blockquote>` with the speaker's name, credentials
 * and job title in the caption. A quote whose person is unknown is not shown (it would be
 * unattributed) and is reported.
 */
export function renderQuote(quote: Quote, people: readonly Person[], report: (message: string) => void): TemplateResult | typeof nothing {
  const person = people.find((p) => p.id === quote.personId);
  if (!person) {
    report(`quote attributed to unknown person "${quote.personId}" was not shown`);
    return nothing;
  }
  return html`<figure class="quote" part="quote">
    <blockquote><p>${quote.text}</p></blockquote>
    <figcaption>${person.name}, ${person.credentials}, ${person.jobTitle}</figcaption>
  </figure>`;
}
