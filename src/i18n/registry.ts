import { en, type Messages } from './messages.js';
import { MESSAGE_LOADERS } from './locales.js';
import { PerLocale } from '../locale/per-locale.js';

// The message tables by locale: English built in, the others fetched on first need. Apart from
// messages.ts (the interface and English), so the tables it loads can import that without a cycle.
const tables = new PerLocale<Messages>(MESSAGE_LOADERS);
tables.provide('en', en);

/**
 * The message table for a locale, falling back through its parent (`es-MX` → `es`) to English;
 * undefined while the table is still being fetched (see `loadMessages`).
 */
export function messagesFor(locale: string): Messages | undefined {
  return tables.get(tables.closest(locale));
}

/** Fetches the message table `messagesFor(locale)` needs (once per page); resolves when it is there. */
export function loadMessages(locale: string): Promise<void> {
  return tables.load(tables.closest(locale));
}

/** Registers a message table synchronously, for bundles that carry it anyway (`limber-es.js`). */
export function provideMessages(locale: string, messages: Messages): void {
  tables.provide(locale, messages);
}
