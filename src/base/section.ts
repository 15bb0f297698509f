import { html, type TemplateResult } from 'lit';
import { renderHeading } from './heading.js';

/** `lang` and `dir` of an element's content root: those of its UI language. */
export interface ContentRoot {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/**
 * The frame every section element shares: a `<section>` named by its heading, so it is a region
 * screen-reader users can jump to. The heading has `id="heading"` so `focusHeading()` finds it.
 */
export function renderSection(root: ContentRoot, level: number, title: unknown, body: unknown, part = 'section'): TemplateResult {
  return html`<section class="section" part=${part} aria-labelledby="heading" lang=${root.lang} dir=${root.dir}>
    ${renderHeading(level, title, { id: 'heading', part: 'heading', className: 'heading' })}
    ${body}
  </section>`;
}
