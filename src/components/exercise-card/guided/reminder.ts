/**
 * "Remind me": a calendar file (iCalendar, RFC 5545) made on the device for an exercise whose dose
 * says how often, with one repeating event per time of day (3 times a day: 9:00, 13:00 and
 * 18:00, every day) or per week (3 times a week: Monday, Wednesday and Friday at 9:00), the
 * exercise's name and a link back to the page. Nothing is sent anywhere; the reader's calendar
 * app opens the file and they can move the times.
 */
import type { Exercise, Frequency } from '../../../model/index.js';
import { checkUrl } from '../../../content/urls.js';

/** Hours of the day for n times a day, spread from morning to evening. */
function hoursFor(times: number): number[] {
  const table: Readonly<Record<number, number[]>> = { 1: [9], 2: [9, 18], 3: [9, 13, 18], 4: [8, 12, 16, 20] };
  return (
    table[times] ?? Array.from({ length: Math.min(times, 12) }, (_, i) => 8 + Math.round((i * 12) / Math.max(1, Math.min(times, 12) - 1)))
  );
}

/** Days of the week for n times a week, spread over it. */
function daysFor(times: number): string[] {
  const table: Readonly<Record<number, string[]>> = { 1: ['MO'], 2: ['MO', 'TH'], 3: ['MO', 'WE', 'FR'], 4: ['MO', 'TU', 'TH', 'FR'] };
  return table[times] ?? ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].slice(0, Math.min(times, 7));
}

/** Text as iCalendar writes it: backslash, semicolon, comma and line breaks escaped. */
const escapeText = (text: string): string => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets folded, as RFC 5545 asks (continuation lines start with a space). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (new TextEncoder().encode(current + char).length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const two = (n: number): string => String(n).padStart(2, '0');
/** A floating local date-time (the reader's own time zone, wherever they are): `20261206T090000`. */
const local = (date: Date, hour: number): string =>
  `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}T${two(hour)}0000`;
const utc = (date: Date): string => `${date.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;

/**
 * The calendar file's text for an exercise whose dose gives a frequency; undefined for one
 * without. `description` is the dose in the reader's words; `page` a link back, kept only when it
 * passes the URL policy.
 */
export function calendarFile(exercise: Exercise, description: string, page: string, now: Date): string | undefined {
  const frequency: Frequency | undefined = exercise.dosage.frequency;
  if (!frequency) return undefined;
  const link = checkUrl(page);
  const url = link.ok && /^https:/i.test(link.url) ? link.url : undefined;
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const events = (frequency.per === 'day' ? hoursFor(frequency.times) : [9]).map((hour, i) =>
    [
      'BEGIN:VEVENT',
      `UID:${exercise.id}-${i + 1}-${utc(now)}@limber.invalid`,
      `DTSTAMP:${utc(now)}`,
      `DTSTART:${local(start, hour)}`,
      'DURATION:PT10M',
      frequency.per === 'day' ? 'RRULE:FREQ=DAILY' : `RRULE:FREQ=WEEKLY;BYDAY=${daysFor(frequency.times).join(',')}`,
      `SUMMARY:${escapeText(exercise.name)}`,
      `DESCRIPTION:${escapeText(url ? `${description}\n${url}` : description)}`,
      ...(url ? [`URL:${url}`] : []),
      'END:VEVENT',
    ].join('\n'),
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Limber//Exercise reminders//EN',
    'CALSCALE:GREGORIAN',
    ...events,
    'END:VCALENDAR',
  ]
    .join('\n')
    .split('\n');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Hands the file to the browser as a download (`<exercise id>.ics`), made here, never fetched. */
export function downloadReminders(file: string, exerciseId: string): void {
  const blob = new Blob([file], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${exerciseId}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
