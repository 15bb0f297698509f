import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { Reference, Topic } from '../../model/index.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { renderApa } from '../../render/apa.js';
import { renderSection } from '../../render/section.js';
import { moveFocusTo } from '../../render/motion.js';
import { citationsStyles } from './citations.styles.js';
import { withTopic } from '../../element/topic-attribute.js';
import type { Setting } from '../../element/view.js';

/**
 * A topic's numbered references in APA 7, formatted by Limber's own formatter from CSL-JSON data.
 * `<limber-cite>` markers anywhere on the page (inside or across shadow roots) move focus here,
 * and the followed reference then offers a "Back to text" button.
 *
 * Use it once per topic, at the end of the content it supports.
 *
 * @summary Numbered APA 7 references, with a way back to the text.
 * @tagname limber-citations
 *
 * @csspart section - The `<section>` around the list.
 * @csspart heading - The "References" heading.
 * @csspart list - The ordered list.
 * @csspart reference - Each reference.
 * @csspart link - A DOI or URL link.
 * @csspart back - The "Back to text" button.
 * @csspart problem - The development-mode problem notice.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @cssprop [--limber-citations-font-size=0.9375em] - Size of the reference text.
 * @cssprop [--limber-citations-highlight=var(--limber-color-surface-raised)] - Background of the reference just jumped to.
 */
export class LimberCitations extends withTopic(LimberHeadedElement) {
  static override styles = [...LimberHeadedElement.styles, citationsStyles];

  /** The reference last jumped to and the marker to return to. */
  @state()
  private returnTo?: { readonly ref: string; readonly element: HTMLElement };

  private references: readonly Reference[] = [];

  /** True when this list holds the reference. */
  lists(ref: string): boolean {
    return this.references.some((r) => r.id === ref);
  }

  /** Moves focus to a reference; `returnTo` is where "Back to text" goes. */
  focusReference(ref: string, returnTo: HTMLElement): void {
    this.returnTo = { ref, element: returnTo };
    void this.updateComplete.then(() => {
      const n = this.references.findIndex((r) => r.id === ref) + 1;
      const item = this.renderRoot.querySelector<HTMLElement>(`#reference-${n}`);
      if (item) moveFocusTo(item, 'nearest');
    });
  }

  protected override select({ content }: Setting): Topic | undefined {
    const topic = content.topic(this.topicWanted());
    this.references = topic?.references ?? [];
    return topic;
  }

  private back(): void {
    const target = this.returnTo?.element;
    this.returnTo = undefined;
    target?.focus();
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (this.references.length === 0) return nothing;
    const report = (message: string): void => this.problems.report(message);
    const body = html`<ol class="list" part="list">
      ${this.references.map(
        (reference, index) => html`<li id=${`reference-${index + 1}`} tabindex="-1" part="reference"
          class=${this.returnTo?.ref === reference.id ? 'current' : ''}>
          ${renderApa(reference, this.messages, report, this.view.referenceLang)}
          ${
            this.returnTo?.ref === reference.id
              ? html` <button type="button" class="back" part="back" @click=${this.back}>
                <span class="back-arrow" aria-hidden="true">↩</span> ${this.messages.backToText}</button>`
              : nothing
          }
        </li>`,
      )}
    </ol>`;
    return renderSection(this.root, this.resolvedHeadingLevel, this.messages.references, body);
  }
}
