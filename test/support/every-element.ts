/**
 * One page with every Limber element on it, for the WCAG criterion tests: the article (which holds
 * the care cards, causes, treatments, tip, experts, citations, markers, disclaimers and call to
 * action), a standalone exercise list, expert list and dismissible disclaimer, the topic index, and a card in its
 * guided mode. In a language and a theme ('default' is no theme file).
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/components/article/define.js';
import '../../src/components/exercise-list/define.js';
import '../../src/components/expert-list/define.js';
import '../../src/components/disclaimer/define.js';
import '../../src/components/topic-index/define.js';
import type { LimberExerciseCard } from '../../src/components/exercise-card/exercise-card.js';
import { WORDS } from './words.js';
import { THEMES, loadThemes, type ThemeName } from './themes.js';
import { settled } from './dom.js';
import { start } from './guided.js';
import { LANGUAGES, TOPIC, type Language } from './lists.js';

export type Theme = 'default' | ThemeName;
/** The default styles, then every shipped theme. */
export const EVERY_THEME: readonly Theme[] = ['default', ...THEMES];
/** Every listed language (src/languages.json, English first): the suites built on this page run in each. */
export { LANGUAGES, type Language };

export { WORDS, GUIDED } from './words.js';

/** The guided card's start button, in each language: its message tables' words. */
export const START = Object.fromEntries(LANGUAGES.map((lang) => [lang, WORDS[lang].startGuided])) as Readonly<Record<Language, string>>;

/** The page; `guided` (default true) opens the last card's guided mode. */
export async function everyElementPage(
  lang: Language,
  theme: Theme,
  { guided = true } = {},
): Promise<{ wrapper: HTMLElement; card: LimberExerciseCard }> {
  await loadThemes();
  const wrapper = await fixture<HTMLElement>(html`<div data-limber-theme=${theme === 'default' ? '' : theme} lang=${lang}>
    <limber-article topic=${TOPIC} cta-href="https://example.org/coverage"></limber-article>
    <limber-exercise-list topic=${TOPIC}></limber-exercise-list>
    <limber-expert-list topic=${TOPIC}></limber-expert-list>
    <limber-disclaimer kind="video" dismissible></limber-disclaimer>
    <limber-topic-index href-template="/health/{topic}"></limber-topic-index>
    <limber-exercise-card exercise="knee-rolls" class="guided-card"></limber-exercise-card>
  </div>`);
  await settled(wrapper);
  const card = wrapper.querySelector('.guided-card') as LimberExerciseCard;
  if (guided) {
    await start(card, START[lang]);
    await settled(wrapper);
  }
  return { wrapper, card };
}
