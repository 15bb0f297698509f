import type { Messages } from './messages.js';

/**
 * The UI languages besides English, each fetched the first time an element renders in it (English
 * is built in). A new language is one line here, a message table beside it (typed by `Messages`,
 * so a missing word is a compile error) and its content in `content/` (see CONTRIBUTING.md).
 *
 * `en-XA` and `ar-XB` are pseudo-locales for testing, as Android and Chromium name them: English
 * accented and about 40 % longer, left to right and right to left.
 */
export const MESSAGE_LOADERS: Readonly<Record<string, () => Promise<Messages>>> = {
  es: () => import('./es.js').then(({ messages }) => messages),
  'en-XA': () => import('./pseudo.js').then(({ pseudoMessages }) => pseudoMessages),
  'ar-XB': () => import('./pseudo.js').then(({ pseudoMessages }) => pseudoMessages),
};
