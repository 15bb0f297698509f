/**
 * Remembered progress, for cards with `remember`: how many times today a person finished an
 * exercise, in this device's `localStorage` only, under `limber:done:<exercise id>:<YYYY-MM-DD>`.
 * Never sent anywhere. Storage that throws (private mode, quota, blocked) means no memory: every
 * function here returns quietly.
 */
const PREFIX = 'limber:done:';

/** Today's date on this device, as `YYYY-MM-DD` (local time: "today" is the reader's day). */
export function today(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const keyFor = (exerciseId: string, day: string): string => `${PREFIX}${exerciseId}:${day}`;

/** Times done today, or undefined when storage cannot be read. */
export function doneToday(exerciseId: string): number | undefined {
  try {
    const count = Number(localStorage.getItem(keyFor(exerciseId, today())) ?? 0);
    return Number.isInteger(count) && count >= 0 ? count : 0;
  } catch {
    return undefined;
  }
}

/** Counts one more time done today; the new count, or undefined when storage refused. */
export function recordDone(exerciseId: string): number | undefined {
  const done = doneToday(exerciseId);
  if (done === undefined) return undefined;
  try {
    localStorage.setItem(keyFor(exerciseId, today()), String(done + 1));
    return done + 1;
  } catch {
    return undefined;
  }
}

/** Forgets every day's count for this exercise. */
export function forget(exerciseId: string): void {
  try {
    const mine = `${PREFIX}${exerciseId}:`;
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((key) => key?.startsWith(mine));
    for (const key of keys) if (key) localStorage.removeItem(key);
  } catch {
    // Nothing was kept, or nothing can be: either way there is nothing left to forget.
  }
}
