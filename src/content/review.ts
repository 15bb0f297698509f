/**
 * Review dates: when content was last reviewed, how, and when it is next due. Pure functions of
 * a date and a clock, so the rules are tested with a fixed clock in any time zone.
 */
import type { IsoDate, ReviewDates } from '../model/index.js';

/**
 * The calendar date (`YYYY-MM-DD`) it is at `now` where the reader is (the time zone the browser
 * runs in). A reader in Tokyo is a day ahead of one in Los Angeles for part of every day, and
 * sees a page fall due a day sooner. No `Intl` formatter: building one costs milliseconds.
 */
export function todayIn(now: Date): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The date a review fell due, when `nextReview` has passed (`today` is after it); else undefined.
 * On the day itself the review is due but not yet overdue.
 */
export function overdueSince(dates: ReviewDates | undefined, today: IsoDate): IsoDate | undefined {
  const next = dates?.nextReview;
  return next !== undefined && today > next ? next : undefined;
}

/** Whole days from `today` to `date` (negative when it has passed); both `YYYY-MM-DD`. */
export function daysUntil(date: IsoDate, today: IsoDate): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
