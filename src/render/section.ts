import type { TemplateResult } from 'lit';
import { html } from 'lit/static-html.js';
import { headingTag } from './heading.js';

/** `lang` and `dir` of an element's content root: those of its UI language. */
export interface ContentRoot {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The frame every section element shares: a `<section>` named by its heading, so it is a region
 * screen-reader users can jump to, its heading first (what `focusHeading()` moves focus to).
 */
export function renderSection(root: ContentRoot, level: number, title: unknown, body: unknown, part = 'section'): TemplateResult {
  const h = headingTag(level);
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tags are lit/static-html literals, not bindings */
  return html`<section class="section" part=${part} aria-labelledby="heading" lang=${root.lang} dir=${root.dir}>
    <${h} id="heading" part="heading" class="heading">${title}</${h}>
    ${body}
  </section>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
}
