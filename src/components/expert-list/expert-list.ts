import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { PERSON_ROLES, type Person, type PersonRole, type Topic } from '../../model/index.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { curatorOf, sourceYear } from '../../render/provenance.js';
import { withTopic } from '../../element/topic-attribute.js';
import type { Setting } from '../../element/view.js';

/**
 * A topic's experts as a list of `<limber-expert-card>`s, optionally only those with one role.
 *
 * The filter attribute is `expert-role`, not `role`: `role` on an element is its ARIA role, and
 * `role="author"` would give the list an invalid one.
 *
 * @summary The source article's experts and reviewers, optionally one role's.
 * @tagname limber-expert-list
 *
 * @csspart provenance - Who names these experts, and that they did not review what Limber added.
 * @csspart list - The `<ul>`.
 * @csspart problem - The development-mode problem notice.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @cssprop [--limber-expert-list-min-column=16em] - Narrowest column before the grid wraps.
 */
export class LimberExpertList extends withTopic(LimberHeadedElement) {
  static override styles = [
    ...LimberHeadedElement.styles,
    css`
      .list {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--limber-expert-list-min-column, 16em)), 1fr));
        gap: var(--_space-m);
        margin: 0;
        padding: 0;
        list-style: none;
      }
    `,
  ];

  /** Only experts with this role: `author`, `medical-reviewer` or `clinical-reviewer`. */
  @property({ attribute: 'expert-role', reflect: true })
  expertRole?: PersonRole;

  private people: readonly Person[] = [];
  private source?: Topic;

  protected override select({ content }: Setting): Topic | undefined {
    this.source = content.topic(this.topicWanted());
    return this.source;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const people = this.source?.people ?? [];
    const role = this.problems.oneOf('expert-role', this.expertRole, PERSON_ROLES, 'showing all');
    this.people = role ? people.filter((p) => p.roles.includes(role)) : people;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    if (this.people.length === 0 || !this.source) return nothing;
    const topic = this.source;
    const { lang, dir } = this.root;
    return html`<p class="provenance" part="provenance" lang=${lang} dir=${dir}>${this.messages.expertsNote(topic.source?.publisher ?? curatorOf(topic), sourceYear(topic), curatorOf(topic))}</p>
      <ul class="list" part="list" role="list" aria-label=${this.messages.experts} lang=${lang} dir=${dir}>
      ${this.people.map(
        (p) => html`<li><limber-expert-card person=${p.id} heading-level=${this.resolvedHeadingLevel}></limber-expert-card></li>`,
      )}
    </ul>`;
  }
}
