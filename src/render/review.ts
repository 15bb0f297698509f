import { html, type TemplateResult } from 'lit';
import type { IsoDate, Topic } from '../model/index.js';
import type { Messages } from '../i18n/messages.js';

/** "Due for review since 25 May 2027. Some of it may be out of date." */
export function renderReviewDue(m: Messages, since: IsoDate): TemplateResult {
  return html`<p class="review-due" part="review-due">
    <strong>${m.reviewDue} <time datetime=${since}>${m.date(since)}</time>.</strong> ${m.reviewDueNote}
  </p>`;
}

/** What has been reported as overdue on this page (`what@date`): each once, whichever element sees it first. */
const reported = new Set<string>();

/** Reports `what` as due for review since `since`, once per page. */
export function reportOverdue(what: string, since: IsoDate, report: (message: string) => void): void {
  const key = `${what}@${since}`;
  if (reported.has(key)) return;
  reported.add(key);
  report(`${what} has been due for review since ${since}`);
}

/**
 * Whether `element` sits inside another Limber element (across shadow roots): then the outer one
 * says the content is due for review, once, and this one does not repeat it.
 */
export function insideLimberElement(element: Element): boolean {
  for (let node: Node | null = element; ;) {
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
    if (!(node instanceof Element)) return false;
    if (node.localName.startsWith('limber-') && node.localName !== 'limber-provider') return true;
  }
}

/** One dated line: "Sources last checked" December 7, 2026 "(not reviewed by a clinician)". */
export interface DatedRow {
  readonly term: string;
  readonly date: IsoDate;
  readonly after?: string;
}

/**
 * A topic's dates as readers see them: the source article's (none for a topic Limber wrote
 * itself, whose first publication is its `published` date unless `released` says otherwise); when this page was first published;
 * when its content last changed; additions checked (unless the last review was
 * that check, on that day: one line, not two); last reviewed and what that review was; next review
 * (left out once it has passed: "Due for review since" says it then).
 */
export function datedRows(m: Messages, { dates, source }: Pick<Topic, 'dates' | 'source'>, overdue?: IsoDate): DatedRow[] {
  const { published, updated, sourcesChecked, lastReviewed, reviewScope, nextReview } = dates;
  const released = dates.released ?? (source ? undefined : published);
  const sameCheck = reviewScope === 'sources-checked' && sourcesChecked === lastReviewed;
  // A review that was a check of the sources says so in its own words: "Sources last checked".
  const reviewTerm = reviewScope === 'sources-checked' ? m.sourcesLastChecked : m.lastReviewed;
  const rows: (DatedRow | false | undefined)[] = [
    source !== undefined && { term: m.published, date: published },
    released !== undefined && { term: m.released, date: released },
    updated !== undefined && { term: m.updated, date: updated },
    !sameCheck && sourcesChecked !== undefined && { term: m.sourcesChecked, date: sourcesChecked },
    lastReviewed !== undefined && { term: reviewTerm, date: lastReviewed, after: reviewScope && `(${m.reviewScopes[reviewScope]})` },
    !overdue && nextReview !== undefined && { term: m.nextReview, date: nextReview },
  ];
  return rows.filter((row): row is DatedRow => Boolean(row));
}
