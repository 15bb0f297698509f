/**
 * The guided mode of `<limber-exercise-card>`, one chunk fetched when a person presses Start (or
 * asks for reminders), so a page of static cards never loads it: the session element
 * (`<limber-guided-session>`: its controller, panel and styles), its words and the calendar file.
 */
export { loadGuidedWords } from '../../../i18n/guided/registry.js';
export { LimberGuidedSession, type SessionParts, type GuidedSessionEvents } from './guided-session.js';
export { useClock, type GuidedResult, type Clock } from './controller.js';
export { calendarFile, downloadReminders } from './reminder.js';
