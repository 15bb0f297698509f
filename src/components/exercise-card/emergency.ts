import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Topic } from '../../model/index.js';
import type { Region, ReviewRequirement } from '../../model/settings.js';
import type { Messages } from '../../i18n/messages.js';

/** What the emergency line needs from its card. */
export interface EmergencyLine {
  readonly topic: Topic | undefined;
  readonly level: number;
  readonly region: Region | undefined;
  readonly requireReview: ReviewRequirement | undefined;
  /**
   * Whether the emergency card is in the `<details>` yet. A page of many cards keeps none until a
   * reader opens one (a card each would triple a card's memory); the server, and a card hydrating
   * what the server rendered, always have it, so readers without JavaScript see the signs too.
   */
  readonly withCard: boolean;
  /** Called when a reader opens the `<details>`, so the card can be put in. */
  readonly opened: () => void;
}

/**
 * Red flags first on a card that stands alone: one line with the region's number, and the topic's
 * emergency care card behind a `<details>`, so no reader reaches the steps without them. Nothing
 * when the topic has no emergency advice (host `data` has no topic to take it from).
 */
export function renderEmergencyLine(m: Messages, line: EmergencyLine): TemplateResult | typeof nothing {
  const { topic, level, region, requireReview, withCard, opened } = line;
  if (!topic?.careAdvice.some((advice) => advice.level === 'emergency')) return nothing;
  const card = withCard
    ? html`<limber-care-card level="emergency" topic=${topic.id} heading-level=${level} region=${ifDefined(region)}
        require-review=${ifDefined(requireReview)}></limber-care-card>`
    : nothing;
  return html`<div class="emergency" part="emergency">
    <p class="emergency-line"><span class="alert-icon" aria-hidden="true"></span><strong>${m.emergencyLine(region)}</strong></p>
    <details class="emergency-signs" @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && opened()}>
      <summary>${m.emergencySigns}</summary>
      ${card}
    </details>
  </div>`;
}
