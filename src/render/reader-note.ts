import { html, nothing, type TemplateResult } from 'lit';
import type { Reference } from '../model/index.js';
import type { Messages } from '../i18n/messages.js';

/**
 * How Limber read a reference, where that matters, after it in the page's language: " Limber read
 * this page at an older address…". Its own module, so an item's sources list (every element) does
 * not bring in the APA formatter the reference list uses.
 */
export function renderReaderNote(reference: Reference, m: Messages): TemplateResult | typeof nothing {
  return reference.readerNote ? html` <span class="reader-note">${m.readerNotes[reference.readerNote]}</span>` : nothing;
}
