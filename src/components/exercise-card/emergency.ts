import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Topic } from '../../content/model.js';
import type { Region, ReviewRequirement } from '../../context/context.js';
import type { Messages } from '../../i18n/messages.js';

/**
 * Red flags first on a card that stands alone: one line with the region's number, and the topic's
 * emergency care card behind a `<details>`, so no reader reaches the steps without them. Nothing
 * when the topic has no emergency advice (host `data` has no topic to take it from).
 */
export function renderEmergencyLine(
  m: Messages,
  topic: Topic | undefined,
  level: number,
  region: Region | undefined,
  requireReview: ReviewRequirement | undefined,
): TemplateResult | typeof nothing {
  if (!topic?.careAdvice.some((advice) => advice.level === 'emergency')) return nothing;
  return html`<div class="emergency" part="emergency">
    <p class="emergency-line"><span class="alert-icon" aria-hidden="true"></span><strong>${m.emergencyLine(region)}</strong></p>
    <details class="emergency-signs">
      <summary>${m.emergencySigns}</summary>
      <limber-care-card level="emergency" topic=${topic.id} heading-level=${level} region=${ifDefined(region)}
        require-review=${ifDefined(requireReview)}></limber-care-card>
    </details>
  </div>`;
}
