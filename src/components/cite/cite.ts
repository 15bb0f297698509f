import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { LimberElement } from '../../element/limber-element.js';
import type { Setting } from '../../element/view.js';
import type { Topic } from '../../model/index.js';

/** What `<limber-cite>` needs from the element that lists references. */
export interface ReferenceTarget extends Element {
  lists(ref: string): boolean;
  focusReference(ref: string, returnTo: HTMLElement): void;
}

function isReferenceTarget(element: Element): element is ReferenceTarget {
  return typeof (element as Partial<ReferenceTarget>).lists === 'function';
}

/**
 * Finds a `<limber-citations>` that lists `ref`, looking in this element's own root and then in
 * each enclosing root up to the document, so it works inside and across shadow roots.
 */
export function findReferenceTarget(from: Node, ref: string): ReferenceTarget | undefined {
  let root: Node | null = from.getRootNode();
  while (root) {
    if (root instanceof Document || root instanceof ShadowRoot) {
      for (const candidate of root.querySelectorAll('limber-citations')) {
        if (isReferenceTarget(candidate) && candidate.lists(ref)) return candidate;
      }
    }
    root = root instanceof ShadowRoot ? root.host.getRootNode() : null;
  }
  return undefined;
}

/**
 * An inline citation marker: a superscript number, named "Reference N", that moves focus to the
 * reference in a `<limber-citations>` on the page (which offers a way back).
 *
 * Use it inside text; Limber's own elements render one for every `[^id]` in their content.
 *
 * @summary A superscript citation marker that moves focus to its reference (and back).
 * @tagname limber-cite
 *
 * @csspart link - The superscript link.
 * @cssprop [--limber-cite-color=var(--limber-color-accent)] - Marker colour.
 */
export class LimberCite extends LimberElement {
  static override shadowRootOptions = { ...LimberElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    ...LimberElement.styles,
    css`
      :host {
        display: inline;
        background: transparent;
        font-size: inherit;
        line-height: inherit;
        font-family: inherit;
        color: inherit;
      }
      a {
        color: var(--limber-cite-color, var(--_color-accent));
      }
    `,
  ];

  /**
   * Id of the reference, e.g. `romeo-2019-spine`; the attribute is `ref`. (The property is not
   * called `ref` because React reserves that prop name.)
   */
  @property({ attribute: 'ref', reflect: true })
  reference?: string;

  /**
   * The topic the reference belongs to, where the page knows it (Limber's elements set it on the
   * markers they render): the number is that topic's, and only that built-in topic is fetched.
   */
  @property({ reflect: true })
  topic?: string;

  /** The reference's number in its topic's list (1-based), when it is known. */
  private number?: number;

  /** A pre-rendered marker that names its topic needs only that topic before it hydrates. */
  protected override builtInTopics(): readonly string[] | undefined {
    const topic = this.topic?.trim();
    return topic ? [topic] : undefined;
  }

  protected override select({ content }: Setting): Topic | undefined {
    const find = (topic: Topic, id: string): number | undefined => {
      const index = topic.references.findIndex((r) => r.id === id);
      return index === -1 ? undefined : index + 1;
    };
    const found = content.byId(this.reference, { attribute: 'ref', noun: 'reference' }, find, this.builtInTopics());
    this.number = found?.value;
    return found?.topic;
  }

  private follow(event: Event): void {
    const ref = this.reference ?? '';
    const target = findReferenceTarget(this, ref);
    event.preventDefault();
    if (target) target.focusReference(ref, this);
    else this.problems.report(`no <limber-citations> on the page lists reference "${ref}"`);
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const n = this.number;
    if (n === undefined) return nothing;
    return html`<sup class="cite" lang=${this.root.lang} dir=${this.root.dir}><a part="link" href=${`#reference-${n}`} aria-label=${this.messages.reference(n)}
      @click=${this.follow}>${n}</a></sup>`;
  }
}
