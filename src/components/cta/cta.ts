import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CallToAction, Topic } from '../../model/index.js';
import { checkUrl } from '../../content/urls.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { renderSection } from '../../render/section.js';
import { sectionStyles } from '../../render/styles/section.styles.js';
import { withTopic } from '../../element/topic-attribute.js';
import type { Setting } from '../../element/view.js';

/** The `detail` of `limber-cta-click`. */
export interface CtaClickDetail {
  /** The URL about to be opened (it passed the URL policy). */
  readonly href: string;
  /** The link's text. */
  readonly label: string;
  /** The topic the call to action belongs to. */
  readonly topic: string;
}

declare global {
  interface HTMLElementEventMap {
    'limber-cta-click': CustomEvent<CtaClickDetail>;
  }
}

/**
 * The topic's call to action. Limber never decides where it leads: the host supplies `href`
 * (URL policy applies) and may override the link text with `label`. Without a usable `href` the
 * words are shown with no link, and a warning says why. A topic with no call to action (one
 * Limber wrote itself, with no source article) shows nothing, and a warning says so.
 *
 * @summary The call to action; the host supplies the link, and gets a cancelable `limber-cta-click`.
 * @tagname limber-cta
 *
 * @fires {CustomEvent<CtaClickDetail>} limber-cta-click - Before navigating. Cancelable:
 * `preventDefault()` stops the navigation (for a router or a consent step).
 *
 * @csspart section - The `<section>`.
 * @csspart heading - The heading.
 * @csspart button - The link, styled as a button.
 * @csspart problem - The development-mode problem notice.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @cssprop [--limber-cta-background=var(--limber-color-accent)] - Button background.
 * @cssprop [--limber-cta-color=var(--limber-color-accent-contrast)] - Button text.
 */
export class LimberCta extends withTopic(LimberHeadedElement) {
  static override styles = [
    ...LimberHeadedElement.styles,
    sectionStyles,
    css`
      .section {
        padding: var(--_space-l);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--_color-surface-raised);
      }
      .button {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: var(--_space-s) var(--_space-l);
        border: 2px solid transparent;
        border-radius: var(--_radius);
        background: var(--limber-cta-background, var(--_color-accent));
        color: var(--limber-cta-color, var(--_color-accent-contrast));
        font-weight: 700;
        text-decoration: none;
      }
      .button:hover {
        text-decoration: underline;
      }
      @media (forced-colors: active) {
        .button {
          border-color: LinkText;
        }
      }
      @media print {
        .section {
          background: none;
        }
        .button {
          border-color: #000;
          background: none;
          color: #000;
        }
      }
    `,
  ];

  /** Where the link goes; supplied by the host (https, mailto or relative). */
  @property({ reflect: true })
  href?: string;

  /** Link text instead of the content's. */
  @property({ reflect: true })
  label?: string;

  private cta?: CallToAction;
  private topicId = '';
  private url?: string;

  protected override select({ content }: Setting): Topic | undefined {
    const topic = content.topic(this.topicWanted(), false);
    this.cta = topic?.callToAction;
    this.topicId = topic?.id ?? '';
    return topic;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.url = undefined;
    if (this.href === undefined || this.href === '') {
      this.problems.reportMissing('set the "href" attribute: the host decides where the call to action leads');
      return;
    }
    const checked = checkUrl(this.href, 'link');
    if (checked.ok) this.url = checked.url;
    else this.problems.report(`href not used: ${checked.reason}`);
  }

  private announceClick(event: MouseEvent, detail: CtaClickDetail): void {
    const allowed = this.dispatchEvent(
      new CustomEvent<CtaClickDetail>('limber-cta-click', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    if (!allowed) event.preventDefault();
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const cta = this.cta;
    if (!cta) {
      if (this.topicId) this.problems.report(`topic "${this.topicId}" has no call to action`);
      return nothing;
    }
    const label = this.label?.trim() || cta.label;
    const url = this.url;
    return renderSection(
      this.root,
      this.resolvedHeadingLevel,
      this.text(cta.heading),
      html`${cta.body.map((paragraph) => html`<p>${this.rich(paragraph)}</p>`)}
        ${
          url === undefined
            ? nothing
            : html`<a class="button" part="button" href=${url}
              @click=${(event: MouseEvent) => this.announceClick(event, { href: url, label, topic: this.topicId })}>${this.label?.trim() ? label : this.text(label)}</a>`
        }`,
    );
  }
}
