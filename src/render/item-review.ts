import { html, nothing, type TemplateResult } from 'lit';
import type { ReviewItemKind } from '../model/index.js';
import type { ReviewStatus } from '../content/sign-off.js';
import type { Messages } from '../i18n/messages.js';
import type { ContentRoot } from './section.js';

/**
 * The line under an item about its clinical review: "Reviewed by …" under a sign-off that still
 * matches it, "Changed since a clinician reviewed it …" under one that no longer does, nothing
 * otherwise (the page's dates say it has not been clinically reviewed).
 */
export function renderReviewLine(status: ReviewStatus | undefined, m: Messages): TemplateResult | typeof nothing {
  if (status?.kind === 'reviewed') {
    const names = status.reviewers.map((r) => `${r.name}, ${r.credentials}`);
    return html`<p class="reviewed" part="reviewed">${m.reviewedBy(names, m.date(status.date))}</p>`;
  }
  if (status?.kind === 'stale') return html`<p class="reviewed stale" part="reviewed">${m.changedSinceReview(m.date(status.date))}</p>`;
  return nothing;
}

/** What stands in place of an item the host requires to be clinically reviewed, when it is not. */
export function renderReviewRequired(m: Messages, kind: ReviewItemKind, root: ContentRoot): TemplateResult {
  return html`<p class="review-required" part="review-required" role="note" lang=${root.lang} dir=${root.dir}>${m.reviewRequired[kind]}</p>`;
}
