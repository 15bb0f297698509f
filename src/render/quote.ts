import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Person, Quote, Translation } from '../model/index.js';
import type { Messages } from '../i18n/messages.js';

/** What a quote needs from its topic and element. */
export interface QuoteContext {
  readonly people: readonly Person[];
  readonly report: (message: string) => void;
  readonly m: Messages;
  /** Set for a translated topic: its quotes are marked as translations, with the original words. */
  readonly translation?: Translation;
  /** The quote's language where it is not the UI language (an English topic on a Spanish page). */
  readonly lang?: string | undefined;
}

/**
 * A quotation as the source gives it: a real `<blockquote>` with the speaker's name, credentials
 * and job title in the caption. In a translated topic the caption says it is a translation and the
 * original words are one click away, in their own language; a quote from the publisher's own
 * edition in that language says so instead. A quote whose person is unknown is
 * not shown (it would be unattributed) and is reported.
 */
export function renderQuote(quote: Quote, { people, report, m, translation, lang }: QuoteContext): TemplateResult | typeof nothing {
  const person = people.find((p) => p.id === quote.personId);
  if (!person) {
    report(`quote attributed to unknown person "${quote.personId}" was not shown`);
    return nothing;
  }
  const original = translation && quote.original;
  // In the publisher's own edition the words are the publisher's, not a translation of Limber's.
  const label = original ? (quote.edition ? m.editionQuote : m.translatedQuote) : undefined;
  return html`<figure class="quote" part="quote">
    <blockquote lang=${ifDefined(lang)}><p>${quote.text}</p></blockquote>
    <figcaption lang=${ifDefined(lang)}>${person.name}, ${person.credentials}, ${person.jobTitle}${label ? html` (${label})` : nothing}</figcaption>
    ${
      original
        ? html`<details class="original" part="original">
          <summary>${m.originalWords}</summary>
          <blockquote lang=${translation.from}><p>${original}</p></blockquote>
        </details>`
        : nothing
    }
  </figure>`;
}
