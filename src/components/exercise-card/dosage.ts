import { nothing, type TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import type { Dosage } from '../../model/index.js';
import type { Messages } from '../../i18n/messages.js';
import { headingTag } from '../../render/heading.js';
import type { RichText } from '../../render/rich-text.js';

/**
 * The dosage as words in a description list; when no number is given, that its source gives none
 * and what to do instead.
 * A dose's own references follow it as citation markers, so a reader sees what states it.
 */
export function renderDosage(dosage: Dosage, m: Messages, level: number, rich: (text: string) => RichText): TemplateResult {
  const rows: [string, string][] = [];
  if (dosage.reps !== undefined) rows.push([m.reps, dosage.repsUpTo ? m.upTo(m.times(dosage.reps)) : m.times(dosage.reps)]);
  if (dosage.sets !== undefined) rows.push([m.sets, m.setsCount(dosage.sets)]);
  if (dosage.holdSeconds !== undefined) rows.push([m.hold, m.seconds(dosage.holdSeconds)]);
  if (dosage.frequency !== undefined) rows.push([m.howOften, m.frequency(dosage.frequency)]);
  if (dosage.restSeconds !== undefined) rows.push([m.rest, m.seconds(dosage.restSeconds)]);
  const h = headingTag(level);
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tags are lit/static-html literals, not bindings */
  return html`<section class="dosage" part="dosage">
    <${h}>${m.dosage}</${h}>
    ${
      rows.length === 0
        ? html`<p class="no-dose">${m.noDose}</p>`
        : html`<dl>${rows.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`
    }
    ${
      rows.length > 0 && dosage.references?.length
        ? html`<p class="dosage-note">${m.doseSource}${rich(dosage.references.map((id) => `[^${id}]`).join(''))}</p>`
        : nothing
    }
    ${dosage.note ? html`<p class="dosage-note">${rich(dosage.note)}</p>` : nothing}
  </section>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
