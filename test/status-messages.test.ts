// WCAG 2.2 4.1.3 Status messages: what changes without focus moving is said by screen readers from
// a polite status, in every listed language: the guided mode's steps, holds and counts, and the
// notice that newer content replaced what was shown. (The embed builder's "Copied" has its own
// test in test/embed-builder.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import '../src/limber.js';
import { TOPIC_LOADERS } from '../src/content/topic-loaders.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { LimberProvider } from '../src/components/provider/provider.js';
import { deepActiveElement, root, settled, squash } from './support/dom.js';
import { live, press, start } from './support/guided.js';
import { GUIDED, LANGUAGES, START, WORDS, type Language } from './support/every-element.js';
import { packageJson, pathFor, stage } from './support/staged-content.js';
import { TRANSLATED_TOPIC } from './support/topics.js';
import { SOURCE, TOPIC, TRANSLATION } from './support/lists.js';

/** The guided mode's "start the hold" button, in its word tables. */
const HOLD = Object.fromEntries(LANGUAGES.map((lang) => [lang, GUIDED[lang].startHold])) as Readonly<Record<Language, string>>;

describe('WCAG 2.2 4.1.3 status messages', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: the guided mode says each step and hold from a polite status, while focus stays on the button pressed`, async () => {
      const card = await fixture<LimberExerciseCard>(
        html`<limber-exercise-card lang=${lang} exercise="pelvic-tilt" guided-pace="press"></limber-exercise-card>`,
      );
      await settled(card);
      await start(card, START[lang]);
      const status = root(card).querySelector('.guided [role="status"]')!;
      expect(status.getAttribute('aria-live'), 'polite').to.equal('polite');
      expect(status.getAttribute('aria-atomic')).to.equal('true');
      const before = live(card);
      const hold = [...root(card).querySelectorAll('button')].find((b) => squash(b.textContent) === HOLD[lang])!;
      hold.focus();
      await press(card, HOLD[lang]);
      expect(live(card), 'the status says the hold').to.not.equal(before);
      const holds = Array.from({ length: 120 }, (_, i) => GUIDED[lang].holdFor(i + 1));
      expect(holds, 'the status says "hold for" some seconds, in its words').to.include(live(card));
      expect(root(card).contains(deepActiveElement()), 'focus stays in the guided mode').to.equal(true);
    });

    it(`${lang}: newer content arriving is said from a polite status, with what changed, and focus stays where it was`, async () => {
      const path = pathFor(lang);
      // The topic in the page's language (the source language's is built in), its bridge renamed.
      const translated = lang === LANGUAGES[0] ? undefined : await TOPIC_LOADERS[lang]![TOPIC]!();
      await stage(path, { body: packageJson('Bridge (updated)', translated), delay: 300 });
      const provider = await fixture<LimberProvider>(html`<div lang=${lang}>
        <limber-provider src=${path}><limber-exercise-card exercise="bridge"></limber-exercise-card></limber-provider>
      </div>`).then((wrapper) => wrapper.querySelector('limber-provider') as LimberProvider);
      const card = provider.querySelector('limber-exercise-card')!;
      await settled(provider);
      const notice = root(provider).querySelector('[role="status"]')!;
      expect(squash(notice.textContent), 'quiet before anything arrives').to.equal('');
      // The bridge's source gives no dose, so it has no guided mode: focus is on its drawing's play button.
      const startButton = root(card).querySelector<HTMLButtonElement>('[part~="play"]')!;
      startButton.focus();
      await provider.contentArrival;
      await settled(provider);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(squash(notice.textContent)).to.equal(WORDS[lang].contentUpdated('The bridge is renamed.'));
      expect(notice.getBoundingClientRect().width, 'heard, not seen').to.be.at.most(1);
      expect(deepActiveElement(), 'focus stays where it was').to.equal(startButton);
    });
  }

  it('says nothing for a package in another language than the page', async () => {
    const path = pathFor(TRANSLATION);
    await stage(path, { body: packageJson('Bridge, translated and updated', TRANSLATED_TOPIC) });
    const provider = await fixture<LimberProvider>(html`<div lang=${SOURCE}>
      <limber-provider src=${path}><limber-exercise-card exercise="bridge"></limber-exercise-card></limber-provider>
    </div>`).then((wrapper) => wrapper.querySelector('limber-provider') as LimberProvider);
    await provider.contentArrival;
    await settled(provider);
    expect(squash(root(provider).querySelector('[role="status"]')?.textContent)).to.equal('');
  });
});
