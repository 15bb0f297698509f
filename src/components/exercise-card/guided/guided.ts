/**
 * The guided mode of `<limber-exercise-card>`, one chunk fetched when a person presses Start (or
 * asks for reminders), so a page of static cards never loads it: the controller, its panel, its
 * styles, its words and the calendar file.
 */
export { loadGuidedWords } from '../../../i18n/guided/registry.js';
export { guidedStyles } from './guided.styles.js';
export { GuidedController, useClock, type GuidedResult, type Clock, type PaceName } from './controller.js';
export { renderGuided } from './panel.js';
export { calendarFile, downloadReminders } from './reminder.js';
export { GuidedSession, PACE_NAMES, planFor } from './session.js';
