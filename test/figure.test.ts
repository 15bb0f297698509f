import { emulateMedia } from '@web/test-runner-commands';
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/exercise-card/define.js';
import '../src/components/exercise-list/define.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { Exercise, PoseFrame } from '../src/model/index.js';
import { PLAY_LIMIT_MS } from '../src/components/exercise-card/figure/figure.js';
import { warningsOfEachTest } from './support/warnings.js';
import { root, shownText, squash } from './support/dom.js';
import { SOURCE_TOPIC, topicIn } from './support/topics.js';
import { type Language, LANGUAGES, TOPIC } from './support/lists.js';
import { WORDS } from './support/words.js';

const card = (id: string, lang = 'en') =>
  fixture<LimberExerciseCard>(html`<limber-exercise-card exercise=${id} lang=${lang}></limber-exercise-card>`);
const figureOf = (el: Element) => root(el).querySelector<HTMLElement>('[part~="figure"]');
const labels = (el: Element) => [...root(el).querySelectorAll('.frame-label')].map((label) => squash(label.textContent));
const firstDrawing = (el: Element) => root(el).querySelector('.drawing svg')?.innerHTML ?? '';

describe('exercise figures on <limber-exercise-card>', () => {
  const warnings = warningsOfEachTest();
  afterEach(() => emulateMedia({ media: 'screen', reducedMotion: 'no-preference', forcedColors: 'none' }));

  for (const topic of LANGUAGES.map((lang) => topicIn(lang))) {
    for (const exercise of topic.exercises.items) {
      it(`${topic.locale}: ${exercise.id} is a named image, one drawn frame per keyframe, labelled like the steps`, async () => {
        const el = await card(exercise.id, topic.locale);
        const image = root(el).querySelector('[role="img"]');
        expect(image?.getAttribute('aria-label')).to.equal(exercise.figure?.alt);
        const frames: readonly PoseFrame[] = exercise.figure?.frames ?? [];
        expect(root(el).querySelectorAll('.drawing svg[aria-hidden="true"]')).to.have.length(frames.length);
        const words = WORDS[topic.locale as Language];
        expect(labels(el)).to.deep.equal(frames.map((f) => (f.step ? words.figureStep(f.step) : words.figureStart)));
        expect(warnings.messages).to.deep.equal([]);
      });
    }
  }

  it('draws different frames for different positions, the same body for the same position, and an arrow on each step', async () => {
    const el = await card('pelvic-tilt');
    const svgs = [...root(el).querySelectorAll('.drawing svg')];
    const body = (svg: Element) => [...svg.querySelectorAll('[data-shape]:not([data-shape="arrow"])')].map((part) => part.outerHTML);
    expect(body(svgs[1] as Element)).not.to.deep.equal(body(svgs[0] as Element));
    expect(body(svgs[2] as Element)).to.deep.equal(body(svgs[0] as Element));
    expect(svgs.map((svg) => svg.querySelectorAll('[data-shape="arrow"]').length)).to.deep.equal([0, 1, 1]);
  });

  it('every frame draws a whole body: trunk, head, both arms and both legs, far limbs paler', async () => {
    for (const exercise of SOURCE_TOPIC.exercises.items) {
      const el = await card(exercise.id);
      for (const svg of root(el).querySelectorAll('.drawing svg')) {
        const parts = [...svg.querySelectorAll('[data-shape]')].map((part) => part.getAttribute('data-shape'));
        expect(parts, exercise.id).to.include.members(['trunk', 'head', 'nearArm', 'farArm', 'nearLeg', 'farLeg']);
        const opacity = (name: string) => Number(svg.querySelector(`[data-shape="${name}"]`)?.getAttribute('opacity'));
        expect(opacity('farLeg'), exercise.id).to.be.below(opacity('nearLeg'));
        expect(opacity('farArm'), exercise.id).to.be.below(opacity('nearArm'));
      }
    }
  });

  it('each shape’s edge and the arrow’s halo take the drawing’s background, and the arrow the text colour', async () => {
    const el = await card('knee-rolls');
    const drawing = root(el).querySelectorAll<HTMLElement>('.drawing')[1] as HTMLElement;
    const background = getComputedStyle(drawing).backgroundColor;
    for (const edge of drawing.querySelectorAll('.edge')) expect(getComputedStyle(edge).stroke).to.equal(background);
    const arrow = drawing.querySelector('[data-shape="arrow"]') as Element;
    const card_ = root(el).querySelector('.card') as Element;
    expect(getComputedStyle(arrow).color).to.equal(getComputedStyle(card_).color);
    expect(getComputedStyle(arrow).color).not.to.equal(getComputedStyle(drawing.querySelector('[data-shape="nearLeg"]') as Element).color);
  });

  it('two cards of one exercise draw the same frames, each its own, and a re-render leaves them in place', async () => {
    const [a, b] = await Promise.all([card('bridge'), card('bridge')]);
    const svgs = (el: Element) => [...root(el).querySelectorAll('.drawing svg')];
    expect(svgs(a).map((svg) => svg.outerHTML)).to.deep.equal(svgs(b).map((svg) => svg.outerHTML));
    expect(svgs(a).some((svg) => svgs(b).includes(svg))).to.equal(false);
    const before = svgs(a);
    a.compact = true;
    await a.updateComplete;
    expect(svgs(a)).to.have.length(before.length);
    svgs(a).forEach((svg, i) => expect(svg).to.equal(before[i]));
  });

  it('is accessible, with its frames and play control', async () => {
    const el = await card('bridge');
    await expect(el).to.be.accessible();
  });

  it('plays the movement once on request, then stops by itself within 5 seconds', async () => {
    const el = await card('knee-rolls');
    const play = root(el).querySelector<HTMLButtonElement>('[part~="play"]');
    expect(squash(play?.textContent)).to.equal('Play the movement');
    expect(play?.getAttribute('aria-pressed')).to.equal('false');
    const still = firstDrawing(el);
    play?.click();
    await el.updateComplete;
    expect(play?.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => firstDrawing(el) !== still, 'the first frame moves', { timeout: 2000 });
    await waitUntil(() => play?.getAttribute('aria-pressed') === 'false', 'stops by itself', { timeout: PLAY_LIMIT_MS + 500 });
    expect(firstDrawing(el)).to.equal(still);
  });

  it('the play control stops the movement when pressed again', async () => {
    const el = await card('knee-rolls');
    const play = root(el).querySelector<HTMLButtonElement>('[part~="play"]');
    play?.click();
    await aTimeout(200);
    play?.click();
    await el.updateComplete;
    expect(play?.getAttribute('aria-pressed')).to.equal('false');
  });

  it('never moves under prefers-reduced-motion: no play control, the numbered frames instead', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await card('bridge');
    expect(root(el).querySelector('[part~="play"]')).to.equal(null);
    expect(labels(el)).to.deep.equal(['Start', 'Step 1', 'Step 2', 'Step 3']);
  });

  it('in forced colours the drawing takes the system colours (every stroke and fill attribute is currentColor)', async () => {
    // This Chromium ignores emulated forced colours, so the test reads the card's own rules.
    const el = await card('bridge');
    const rules = root(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'),
    );
    const forcedRule = (selector: string) =>
      forced.flatMap((media) => [...media.cssRules]).find((rule) => rule instanceof CSSStyleRule && rule.selectorText === selector) as
        CSSStyleRule | undefined;
    expect(forcedRule('.frames, .drawing')?.style.color).to.equal('canvastext');
    // The edges take the system background, and the arrow the highlight, apart from the body.
    expect(forcedRule('.drawing .edge')?.style.stroke).to.equal('canvas');
    expect(forcedRule('.drawing .arrow')?.style.color).to.equal('highlight');
    const painted = [...root(el).querySelectorAll('.drawing svg, .drawing svg *')].flatMap((node) =>
      ['stroke', 'fill'].map((name) => node.getAttribute(name)).filter((value) => value !== null && value !== 'none'),
    );
    expect(new Set(painted)).to.deep.equal(new Set(['currentColor']));
  });

  it('prints the frames side by side without any control', async () => {
    const el = await card('knee-rolls');
    await emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      [...root(el).querySelectorAll<HTMLElement>(selector)].filter((e) => getComputedStyle(e).display !== 'none');
    expect(shown('button')).to.have.length(0);
    const frames = shown('.frame');
    expect(frames).to.have.length(4);
    expect(frames[1]?.getBoundingClientRect().top).to.equal(frames[0]?.getBoundingClientRect().top);
  });

  it('a printed exercise list is a handout: no controls, no exercise split, the page address and the content dates on paper', async () => {
    const list = await fixture<HTMLElement>(html`<limber-exercise-list topic=${TOPIC}></limber-exercise-list>`);
    const printed = root(list).querySelector<HTMLElement>('[part~="printed"]');
    expect(getComputedStyle(printed as HTMLElement).display, 'not on screen').to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(squash(printed?.textContent)).to.equal(
      'Source article published May 3, 2023 · First published here November 26, 2026 · Updated December 7, 2026 · Sources last checked December 7, 2026 (not reviewed by a clinician) · Next review June 7, 2027',
    );
    expect(getComputedStyle(printed as HTMLElement, '::before').content).to.equal(JSON.stringify(`Printed from ${location.href} · `));
    // Red flags first on paper too: every care card, then the safety lines, print before the first exercise.
    const first = root(list).querySelector('[part~="item"]') as Element;
    for (const level of ['emergency', 'urgent', 'non-urgent']) {
      const card = root(list).querySelector(`limber-care-card[level="${level}"]`) as Element;
      expect(getComputedStyle(card).display, level).not.to.equal('none');
      expect(card.compareDocumentPosition(first), level).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    }
    const emergency = root(list).querySelector('limber-care-card[level="emergency"]') as Element;
    expect(squash(root(emergency).querySelector('#heading')?.textContent)).to.equal('Emergency: Get emergency help now if');
    const before = root(list).querySelector('[part~="before-you-start"]') as Element;
    expect(getComputedStyle(before).display).not.to.equal('none');
    expect(before.compareDocumentPosition(first)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
    for (const item of root(list).querySelectorAll<HTMLElement>('[part~="item"]')) {
      expect(getComputedStyle(item).breakInside).to.equal('avoid');
      const card = item.querySelector('limber-exercise-card') as Element;
      expect(getComputedStyle(root(card).querySelector('.card') as Element).breakInside).to.equal('avoid');
      expect([...root(card).querySelectorAll('button')].filter((b) => getComputedStyle(b).display !== 'none')).to.have.length(0);
      for (const name of ['figure', 'steps', 'dosage', 'stop-if', 'sources']) {
        expect(getComputedStyle(root(card).querySelector(`[part~="${name}"]`) as Element).display, name).not.to.equal('none');
      }
    }
  });

  it('keeps the frames’ space while the drawing loads, so nothing moves when it arrives', async () => {
    const el = document.createElement('limber-exercise-card') as LimberExerciseCard;
    el.exercise = 'bridge';
    document.body.append(el);
    await el.updateComplete;
    const box = figureOf(el)?.getBoundingClientRect().height;
    expect(box).to.be.above(50);
    expect(root(el).querySelectorAll('.drawing svg').length).to.equal(4);
    el.remove();
  });

  it('host data with a figure out of human range gets the error state and a warning naming the joint', async () => {
    const [base] = SOURCE_TOPIC.exercises.items.filter((e) => e.id === 'knee-rolls') as Exercise[];
    const figure = base?.figure;
    const bad = {
      ...base,
      figure: {
        ...figure,
        frames: [figure?.frames[0], { step: 1, pose: { trunk: 0, nearLeg: { hip: 45, knee: 200 }, nearArm: { shoulder: 0, elbow: 0 } } }],
      },
    };
    const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card .data=${bad as unknown as Exercise}></limber-exercise-card>`);
    expect(root(el).querySelector('[part~="figure"]')).to.equal(null);
    expect(shownText(el), 'production mode shows nothing').to.equal('');
    expect(warnings.messages.join('\n')).to.contain('figure.frames[1].pose.nearLeg.knee: 200° is outside 0–150°');
    expect(warnings.messages.join('\n')).to.contain('<limber-exercise-card>');
  });
});
