import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DISCLAIMER_KINDS as KINDS, type Disclaimer, type DisclaimerKind, type Topic } from '../../model/index.js';
import { LimberElement } from '../../element/limber-element.js';
import { focusAfter } from './focus-after.js';
import { provenanceLabel } from '../../render/provenance.js';
import { withTopic } from '../../element/topic-attribute.js';
import type { Setting } from '../../element/view.js';

/** The `detail` of `limber-disclaimer-dismiss`. */
export interface DisclaimerDismissDetail {
  readonly kind: DisclaimerKind;
}

/** How a disclaimer is shown: a boxed note, or a full-width banner. */
export const DISCLAIMER_VARIANTS = ['note', 'banner'] as const;
export type DisclaimerVariant = (typeof DISCLAIMER_VARIANTS)[number];

declare global {
  interface HTMLElementEventMap {
    'limber-disclaimer-dismiss': CustomEvent<DisclaimerDismissDetail>;
  }
}

/**
 * A disclaimer from the topic: the source article's `article`, `video` or `medicine`, or Limber's own `exercise`. Shown as a note, or full-width
 * with `variant="banner"`. Never dismissible unless the host opts in with `dismissible`.
 *
 * @summary A disclaimer (`exercise` is Limber's own, for the exercises it added); `variant="banner"`, opt-in `dismissible`.
 * @tagname limber-disclaimer
 *
 * @fires {CustomEvent<DisclaimerDismissDetail>} limber-disclaimer-dismiss - When the reader
 * dismisses it (only with `dismissible`). Cancelable: `preventDefault()` keeps it on screen.
 *
 * @csspart disclaimer - The note.
 * @csspart provenance - Where the disclaimer comes from: the source article, or Limber's own words.
 * @csspart label - The visible label.
 * @csspart text - The disclaimer text.
 * @csspart dismiss - The dismiss button.
 * @csspart problem - The development-mode problem notice.
 *
 * @cssprop [--limber-disclaimer-background=var(--limber-color-surface-raised)] - Background.
 * @cssprop [--limber-disclaimer-color=var(--limber-color-text-muted)] - Text colour.
 */
export class LimberDisclaimer extends withTopic(LimberElement) {
  static override styles = [
    ...LimberElement.styles,
    css`
      .disclaimer {
        display: flex;
        gap: var(--_space-m);
        align-items: flex-start;
        padding: var(--_space-s) var(--_space-m);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--limber-disclaimer-background, var(--_color-surface-raised));
        color: var(--limber-disclaimer-color, var(--_color-text-muted));
        font-size: 0.9375em;
      }
      :host([variant='banner']) .disclaimer {
        border-width: 0 0 2px;
        border-radius: 0;
        padding: var(--_space-m) var(--_space-l);
      }
      p {
        flex: 1;
        margin: 0;
      }
      .label {
        color: var(--_color-text);
      }
      .provenance {
        display: block;
        margin: var(--_space-xs) 0 0;
      }
      .dismiss {
        flex: none;
        min-width: 44px;
        min-height: 44px;
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--_color-surface);
        color: var(--_color-text);
        font: inherit;
        cursor: pointer;
      }
      @media (forced-colors: active) {
        .disclaimer {
          border-color: CanvasText;
        }
      }
      @media print {
        .dismiss {
          display: none;
        }
      }
    `,
  ];

  /** Which of the topic's disclaimers to show. */
  @property({ reflect: true })
  kind?: DisclaimerKind;

  /** `note` (default) or `banner`. */
  @property({ reflect: true })
  variant?: DisclaimerVariant;

  /** Lets the reader dismiss it; off by default. */
  @property({ type: Boolean, reflect: true })
  dismissible = false;

  /** A `Disclaimer` supplied by the host; validated, and used instead of the topic's for `kind`. */
  @property({ attribute: false })
  data?: Disclaimer;

  private found?: Disclaimer;

  protected override select({ content }: Setting): Topic | undefined {
    this.found = undefined;
    this.problems.oneOf('variant', this.variant, DISCLAIMER_VARIANTS, 'using "note"');
    if (this.data !== undefined) {
      this.found = this.validated(this.data, (v) => v.validateDisclaimer);
      return undefined;
    }
    const kind = this.problems.oneOf('kind', this.kind, KINDS);
    if (kind === undefined) {
      if (!this.kind) this.problems.reportMissing(`set the "kind" attribute to one of ${KINDS.join(', ')}`);
      return undefined;
    }
    const topic = content.topic(this.topicWanted(), false);
    this.found = topic?.disclaimers.find((d) => d.kind === kind);
    if (topic && !this.found) this.problems.report(`topic "${topic.id}" has no ${kind} disclaimer`);
    return topic;
  }

  private dismiss(kind: DisclaimerKind): void {
    const event = new CustomEvent<DisclaimerDismissDetail>('limber-disclaimer-dismiss', {
      detail: { kind },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    // Focus was on the dismiss button, which goes with it: give it to what follows, not the page's start.
    const hadFocus = this.renderRoot.querySelector('.dismiss') === (this.renderRoot as ShadowRoot).activeElement;
    this.hidden = true;
    if (hadFocus) focusAfter(this);
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const disclaimer = this.found;
    if (!disclaimer) return nothing;
    const label = this.messages.disclaimers[disclaimer.kind];
    return html`<div class="disclaimer" part="disclaimer" role="note" aria-label=${label} lang=${this.root.lang} dir=${this.root.dir}>
      <p part="text"><strong class="label" part="label">${label}:</strong> ${this.rich(disclaimer.text)}
        ${
          this.view.topic
            ? html`<span class="provenance" part="provenance">${provenanceLabel(this.messages, this.view.topic, disclaimer.provenance)}</span>`
            : nothing
        }</p>
      ${
        this.dismissible
          ? html`<button type="button" class="dismiss" part="dismiss" @click=${() => this.dismiss(disclaimer.kind)}>${this.messages.dismissDisclaimer}</button>`
          : nothing
      }
    </div>`;
  }
}
