// WCAG 2.2 2.1.1 Keyboard (and 2.1.2, 2.4.3, 3.2.1, 3.2.2, 3.3.2, 2.5.3, 3.2.4): every interactive
// path done with the keyboard alone, in English and Spanish. The tab order of every element is
// recorded in test/__snapshots__/keyboard.test.snap.js and reviewed like the spoken sequences; a
// change fails until it is accepted (npx web-test-runner --files test/keyboard.test.ts
// --update-snapshots, then read the diff).
import { expect, fixture, html } from '@open-wc/testing';
import { getSnapshot, getSnapshotConfig, saveSnapshot } from '@web/test-runner-commands';
import { defineAllIn } from '../src/define-all.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { Exercise } from '../src/model/index.js';
import { hostWallSlide } from './fixtures/host-content.js';
import { deep, deepActiveElement, focusPage, pressKey, root, settled, squash } from './support/dom.js';
import { LANGUAGES, START, everyElementPage } from './support/every-element.js';
import { SAMPLES } from './support/samples.js';

defineAllIn(customElements);

/** The role a screen reader gives a focusable element, and its accessible name. */
function describe_(el: Element | null): string {
  if (!el) return 'nothing';
  const role =
    el.localName === 'a'
      ? 'link'
      : el.localName === 'summary'
        ? 'disclosure'
        : el.localName === 'select'
          ? 'combo box'
          : el.matches('input[type="checkbox"]')
            ? 'check box'
            : (el.getAttribute('role') ?? el.localName);
  return `${role}: ${accessibleName(el)}`;
}

/** The name a control is announced by: aria-label, else its label, else its text. */
function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return squash(label);
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return squash([...labels].map((l) => l.textContent).join(' '));
  return squash(el.textContent);
}

/** The words a control shows on screen (text a screen reader alone hears left out). */
function visibleWords(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('.visually-hidden')) hidden.remove();
  return squash(clone.textContent);
}

/** Tab (or Shift+Tab) from where focus is until it reaches `end`; each stop on the way. */
async function tabUntil(end: Element, backwards = false): Promise<Element[]> {
  const stops: Element[] = [];
  for (let i = 0; i < 400; i += 1) {
    await pressKey('Tab', backwards);
    const active = deepActiveElement();
    if (!active || active === end) return stops;
    stops.push(active);
  }
  throw new Error(`focus never reached ${describe_(end)}: a keyboard trap after ${describe_(stops.at(-1) ?? null)}`);
}

/** Compares `content` with the reviewed snapshot `name`, or saves it under --update-snapshots. */
async function reviewed(name: string, content: string): Promise<void> {
  const { updateSnapshots } = await getSnapshotConfig();
  if (updateSnapshots) return saveSnapshot({ name, content });
  const saved = await getSnapshot({ name });
  expect(saved, `a reviewed snapshot of ${name} (run with --update-snapshots, then read it)`).to.be.a('string');
  expect(content).to.equal(saved);
}

describe('WCAG 2.2 2.1.1 keyboard: every path by keyboard alone', () => {
  beforeEach(() => focusPage());

  for (const [tag, sample] of Object.entries(SAMPLES)) {
    for (const lang of LANGUAGES) {
      it(`<${tag}> in ${lang}: the tab order is the reviewed one, the same backwards, follows the reading order and changes nothing`, async function () {
        this.timeout(60_000);
        const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
          <button class="before">Before</button>${sample}<button class="after">After</button>
        </div>`);
        await settled(wrapper);
        const [before, after] = [wrapper.querySelector<HTMLElement>('.before')!, wrapper.querySelector<HTMLElement>('.after')!];
        const openBefore = [...deep(wrapper)].filter((el) => el.matches('details[open]')).length;
        const url = location.href;
        before.focus();
        const forward = await tabUntil(after);
        // 3.2.1: focusing changed nothing: no navigation, nothing opened.
        expect(location.href, 'no navigation on focus').to.equal(url);
        expect([...deep(wrapper)].filter((el) => el.matches('details[open]')).length, 'nothing opened on focus').to.equal(openBefore);
        // 2.1.2: Shift+Tab goes back through the same stops, out the other side.
        const backward = await tabUntil(before, true);
        expect(backward.reverse().map(describe_), 'Shift+Tab').to.deep.equal(forward.map(describe_));
        // 2.4.3: each stop is below the last, or further along its line.
        for (const [i, el] of forward.entries()) {
          if (i === 0) continue;
          const [a, b] = [forward[i - 1]!.getBoundingClientRect(), el.getBoundingClientRect()];
          // Below, further along the same line, or the next column of a grid (to the right).
          const further = b.top > a.top + 8 || (Math.abs(b.top - a.top) <= 8 && b.left >= a.left - 1) || b.left >= a.right - 1;
          expect(further, `${describe_(el)} comes after ${describe_(forward[i - 1]!)} in the reading order`).to.equal(true);
        }
        await reviewed(`<${tag}> ${lang}`, forward.length > 0 ? forward.map(describe_).join('\n') : '(nothing Tab stops on)');
      });
    }
  }

  for (const lang of LANGUAGES) {
    it(`${lang}: an exercise card's own paths: the emergency signs, the figure's play, a source marker`, async () => {
      const card = await fixture<LimberExerciseCard>(
        html`<limber-exercise-card lang=${lang} exercise="knee-to-chest"></limber-exercise-card>`,
      );
      await settled(card);
      const summary = root(card).querySelector<HTMLElement>('summary')!;
      summary.focus();
      await pressKey('Enter');
      expect(summary.parentElement!.hasAttribute('open'), 'Enter opens the emergency signs').to.equal(true);
      const play = root(card).querySelector<HTMLButtonElement>('button[aria-pressed]')!;
      play.focus();
      await pressKey('Space');
      await card.updateComplete;
      expect(play.getAttribute('aria-pressed'), 'Space plays the movement').to.equal('true');
      await pressKey('Space');
      await card.updateComplete;
      expect(play.getAttribute('aria-pressed'), 'Space again stops it').to.equal('false');
      const marker = root(card).querySelector<HTMLElement>('sup.cite > a')!;
      marker.focus();
      await pressKey('Enter');
      await settled(card);
      expect(deepActiveElement()?.localName, 'Enter on a source marker takes focus to the source').to.equal('li');
      expect(squash(deepActiveElement()?.textContent)).to.match(/^(Chartered Society|NHS)/);
    });

    it(`${lang}: the guided mode, start to finish, and its settings, by keyboard`, async function () {
      this.timeout(30_000);
      // One repetition of three steps with no hold: Enter alone goes from Start to done. (A catalog
      // exercise whose source gives no dose has no guided mode.)
      const exercise: Exercise = { ...hostWallSlide, steps: ['Slide down.', 'Hold still.', 'Slide back up.'], dosage: { reps: 1 } };
      const card = await fixture<LimberExerciseCard>(html`<limber-exercise-card lang=${lang} .data=${exercise}></limber-exercise-card>`);
      await settled(card);
      const startButton = [...root(card).querySelectorAll('button')].find((b) => squash(b.textContent) === START[lang])!;
      startButton.focus();
      await pressKey('Enter');
      await settled(card);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settled(card);
      const first = deepActiveElement();
      expect(first?.localName, 'focus moves into the guided mode, on its first control').to.equal('button');
      // 3.3.2: every setting has a visible label; the cue check boxes a group name too.
      const select = root(card).querySelector('select')!;
      expect(select.labels.length, 'the pace list has a label').to.equal(1);
      const boxes = [...root(card).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes.length).to.equal(3);
      for (const box of boxes) expect(visibleWords(box.labels![0]!), 'a check box label').to.not.equal('');
      expect(squash(root(card).querySelector('.guided-cues legend')?.textContent), 'the cues group name').to.not.equal('');
      // 3.2.2: changing a setting by keyboard changes the setting only; focus stays put.
      select.focus();
      const pace = select.value;
      await pressKey('ArrowDown');
      expect(select.value, 'ArrowDown picks another pace').to.not.equal(pace);
      expect(deepActiveElement(), 'focus stays on the list').to.equal(select);
      const sound = boxes[0]!;
      sound.focus();
      const was = sound.checked;
      await pressKey('Space');
      expect(sound.checked, 'Space toggles a cue').to.equal(!was);
      expect(deepActiveElement()).to.equal(sound);
      await expect(card).to.be.accessible();
      // Through every step to the end with Enter alone: focus stays in the guided mode all the way.
      const names: string[] = [];
      const primary = () => [...root(card).querySelectorAll<HTMLButtonElement>('.guided-controls button.primary')][0]!;
      primary().focus();
      for (let i = 0; i < 12 && !root(card).querySelector('.guided-done'); i += 1) {
        names.push(squash(deepActiveElement()?.textContent));
        await pressKey('Enter');
        await settled(card);
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(root(card).contains(deepActiveElement()), `focus stays in the card after ${names.join(', ')}`).to.equal(true);
      }
      expect(root(card).querySelector('.guided-done'), `done after ${names.join(', ')}`).to.exist;
      expect(deepActiveElement(), 'focus is on the done message').to.equal(root(card).querySelector('.guided-done'));
      // Tab reaches Close; Close gives focus back to the button that opened it.
      const closeButton = primary();
      for (let i = 0; i < 10 && deepActiveElement() !== closeButton; i += 1) await pressKey('Tab');
      expect(deepActiveElement(), 'Tab reaches Close').to.equal(closeButton);
      await pressKey('Enter');
      await settled(card);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(squash(deepActiveElement()?.textContent), 'focus back on Start').to.equal(START[lang]);
    });

    it(`${lang}: the article's contents links, a source marker and the way back, by keyboard`, async () => {
      const { wrapper } = await everyElementPage(lang, 'default', { guided: false });
      const article = wrapper.querySelector('limber-article')!;
      const links = [...deep(root(article))].filter((el): el is HTMLAnchorElement => el.localName === 'a');
      const contents = links.filter((a) => a.closest('nav'));
      contents[1]!.focus();
      await pressKey('Enter');
      await settled(wrapper);
      expect(deepActiveElement()?.localName, 'a contents link takes focus to its section’s heading').to.match(/^h[2-6]$/);
      expect(squash(deepActiveElement()?.textContent)).to.equal(squash(contents[1]!.textContent));
      const cite = [...deep(root(article))].find((el) => el.localName === 'limber-cite')!;
      const marker = root(cite).querySelector<HTMLElement>('a')!;
      marker.focus();
      await pressKey('Enter');
      await settled(wrapper);
      expect(deepActiveElement()?.localName, 'a reference marker takes focus to its reference').to.equal('li');
      const back = [...deep(wrapper)].find(
        (el) => el.localName === 'button' && el.getClientRects().length > 0 && /Back to text|Volver al texto/.test(squash(el.textContent)),
      ) as HTMLElement;
      expect(back, 'a way back').to.exist;
      back.focus();
      await pressKey('Enter');
      await settled(wrapper);
      expect(deepActiveElement(), 'focus is back on the marker').to.equal(marker);
    });

    it(`${lang}: a dismissible disclaimer: Enter dismisses it and focus goes on to what follows, not to the page's start`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}>
        <limber-disclaimer kind="exercise" dismissible></limber-disclaimer>
        <p>After it, <a href="#next" class="next">the next link</a>.</p>
      </div>`);
      await settled(wrapper);
      const disclaimer = wrapper.querySelector('limber-disclaimer')!;
      root(disclaimer).querySelector<HTMLElement>('button')!.focus();
      await pressKey('Enter');
      await settled(wrapper);
      expect(disclaimer.hidden, 'dismissed').to.equal(true);
      expect(deepActiveElement(), 'focus moved on').to.equal(wrapper.querySelector('.next'));
    });

    it(`${lang}: 2.5.3 and 3.2.4: every control’s name holds its visible words, and a control has one name everywhere`, async function () {
      this.timeout(30_000);
      const { wrapper } = await everyElementPage(lang, 'default');
      const controls = [...deep(wrapper)].filter(
        (el) => el.matches('button, a[href], summary, select, input') && el.getClientRects().length > 0,
      );
      expect(controls.length).to.be.at.least(60);
      const names = new Map<string, Set<string>>();
      for (const el of controls) {
        const shown = visibleWords(el.localName === 'input' ? ((el as HTMLInputElement).labels?.[0] ?? el) : el);
        const name = accessibleName(el);
        if (shown && el.localName !== 'select')
          expect(name.toLowerCase(), `${describe_(el)} shows "${shown}"`).to.contain(shown.toLowerCase());
        if (el.localName === 'button' || el.localName === 'summary') names.set(shown, new Set([...(names.get(shown) ?? []), name]));
      }
      const twoNames = [...names].filter(([, set]) => set.size > 1).map(([shown, set]) => `${shown}: ${[...set].join(' / ')}`);
      expect(twoNames, 'one name for one control').to.deep.equal([]);
    });
  }
});
