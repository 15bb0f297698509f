import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Person, Topic } from '../../model/index.js';
import { checkUrl } from '../../content/urls.js';
import { LimberHeadedElement } from '../../element/headed-element.js';
import { renderHeading } from '../../render/heading.js';
import type { Setting } from '../../element/view.js';

/**
 * An expert named by the source: name and credentials, their part in the topic (author, medical
 * reviewer, clinical reviewer), job title and a short bio; an optional photo with alt text.
 *
 * Use it to show who wrote or reviewed content; `<limber-expert-list>` shows a topic's experts.
 *
 * @summary One of the source article's experts or reviewers: name, credentials, role and bio.
 * @tagname limber-expert-card
 *
 * @csspart card - The card.
 * @csspart photo - The photo.
 * @csspart name - The name heading.
 * @csspart role - The role and job title.
 * @csspart bio - The bio.
 * @csspart problem - The development-mode problem notice.
 * @csspart review-due - "Due for review since …" when the content's next review date has passed (standalone only; inside another Limber element the outer one says it).
 *
 * @cssprop [--limber-expert-card-background=var(--limber-color-surface)] - Card background.
 * @cssprop [--limber-expert-card-photo-size=4em] - Photo width and height.
 */
export class LimberExpertCard extends LimberHeadedElement {
  static override styles = [
    ...LimberHeadedElement.styles,
    css`
      .card {
        display: flex;
        gap: var(--_space-m);
        align-items: flex-start;
        height: 100%;
        padding: var(--_space-m);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--limber-expert-card-background, var(--_color-surface));
      }
      .photo {
        flex: none;
        width: var(--limber-expert-card-photo-size, 4em);
        height: var(--limber-expert-card-photo-size, 4em);
        border-radius: 50%;
        object-fit: cover;
      }
      .name {
        margin: 0;
        font-size: 1.05em;
        line-height: 1.3;
      }
      .role {
        margin: var(--_space-xs) 0 var(--_space-s);
        color: var(--_color-text-muted);
        font-size: 0.9em;
      }
      .bio {
        margin: 0;
      }
      @media (forced-colors: active) {
        .card {
          border-color: CanvasText;
        }
      }
    `,
  ];

  /** Id of the person, e.g. `cj-morrow`. */
  @property({ reflect: true })
  person?: string;

  /** A `Person` supplied by the host (photo URL policy applies); validated, and used instead of `person`. */
  @property({ attribute: false })
  data?: Person;

  private found?: Person;

  /** Given by id alone, it fetches only its person's own topic (see `itemTopics`). */
  protected override item(): readonly [string, string | undefined] {
    return ['person', this.person];
  }

  protected override select({ content }: Setting): Topic | undefined {
    if (this.data !== undefined) {
      this.found = this.validated(this.data, (v) => v.validatePerson);
      return undefined;
    }
    const found = content.byId(
      this.person,
      { attribute: 'person', noun: 'person' },
      (topic, id) => topic.people.find((p) => p.id === id),
      this.itemTopics(),
    );
    this.found = found?.value;
    return found?.topic;
  }

  private renderPhoto(person: Person): TemplateResult | typeof nothing {
    if (!person.photo) return nothing;
    const src = checkUrl(person.photo.src, 'media');
    if (!src.ok) {
      this.problems.report(`photo of "${person.id}" not shown: ${src.reason}`);
      return nothing;
    }
    return html`<img class="photo" part="photo" src=${src.url} alt=${person.photo.alt} width="64" height="64" />`;
  }

  protected override renderContent(): TemplateResult | typeof nothing {
    const person = this.found;
    if (!person) return nothing;
    const roles = person.roles.map((role) => this.messages.roles[role]).join(', ');
    return html`<article class="card" part="card" aria-labelledby="heading" lang=${this.root.lang} dir=${this.root.dir}>
      ${this.renderPhoto(person)}
      <div>
        ${renderHeading(this.resolvedHeadingLevel, `${person.name}, ${person.credentials}`, { id: 'heading', part: 'name', className: 'name' })}
        <p class="role" part="role">${roles} · ${this.text(person.jobTitle)}</p>
        <p class="bio" part="bio">${this.rich(person.bio)}</p>
      </div>
    </article>`;
  }
}
