import { nothing, type TemplateResult } from 'lit';
import { overdueSince, todayIn } from '../content/review.js';
import type { Messages } from '../i18n/messages.js';
import type { IsoDate, ReviewDates } from '../model/index.js';
import { insideLimberElement, renderReviewDue, reportOverdue } from '../render/review.js';
import type { ProblemController } from './problem-controller.js';

/** What an element shows, for its review dates: what to call it in a problem report, and its dates. */
export interface Reviewed {
  readonly what: string;
  readonly dates: ReviewDates;
}

/** Whether what an element shows has fallen due for review, and the line that says so. */
export class ReviewController {
  /** `problems` reports "… has been due for review since …" (once per page). */
  constructor(
    private readonly host: Element,
    private readonly problems: () => ProblemController,
  ) {}

  /** The date `reviewed` fell due for review, if it has passed (reported once per page). */
  overdue(reviewed: Reviewed | undefined): IsoDate | undefined {
    const since = reviewed && overdueSince(reviewed.dates, todayIn(new Date()));
    if (reviewed && since) reportOverdue(reviewed.what, since, (message) => this.problems().report(message));
    return since;
  }

  /** "Due for review since …" above the content, unless an outer Limber element says it. */
  render(reviewed: Reviewed | undefined, m: Messages): TemplateResult | typeof nothing {
    const since = this.overdue(reviewed);
    return since && !insideLimberElement(this.host) ? renderReviewDue(m, since) : nothing;
  }
}
