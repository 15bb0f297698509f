// WCAG 2.2 2.2.2 Pause, stop, hide; 2.3.1 Three flashes; 2.3.3 Animation from interactions; 1.4.2
// Audio control: nothing moves, plays or sounds when a page opens; a figure moves only when asked,
// never changes its colours while it moves, and stops when asked; the guided timer starts only
// when asked and Pause holds it; under reduced motion nothing animates at all.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/exercise-card/define.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import { deep, root, settled, squash } from './support/dom.js';
import { everyElementPage, LANGUAGES, START } from './support/every-element.js';
import { press, start } from './support/guided.js';

const frames = (n: number) => new Promise((resolve) => setTimeout(resolve, n * 100));

/** Every running CSS animation or transition on the page, shadow roots included. */
function running(node: ParentNode): string[] {
  const roots: (Document | ShadowRoot)[] = [document, ...[...deep(node)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  return roots.flatMap((r) =>
    r
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) => `${(a as CSSAnimation).animationName ?? 'transition'}`),
  );
}

/** What the figure's first frame draws now: every shape's path, colour and opacity. */
function drawing(card: Element): { paths: string; colours: Set<string> } {
  const shapes = [...root(card).querySelectorAll('.frame:first-child [data-shape]')];
  return {
    paths: shapes.map((s) => s.getAttribute('d') ?? s.getAttribute('points') ?? '').join('|'),
    colours: new Set(shapes.map((s) => `${getComputedStyle(s).color} ${s.getAttribute('opacity') ?? 1}`)),
  };
}

describe('WCAG 2.2 2.2.2 and 2.3.3: nothing moves unless asked, and what moves can be stopped', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const lang of LANGUAGES) {
    it(`${lang}: when the page opens nothing moves, plays or speaks, and no figure changes for a second`, async () => {
      const { wrapper } = await everyElementPage(lang, 'default', { guided: false });
      const cards = [...deep(wrapper)].filter((el) => el.localName === 'limber-exercise-card');
      expect(cards.length).to.be.at.least(6);
      const before = cards.map((card) => drawing(card).paths);
      await frames(10);
      expect(
        cards.map((card) => drawing(card).paths),
        'the figures stand still',
      ).to.deep.equal(before);
      expect(running(wrapper), 'CSS animations running').to.deep.equal([]);
      expect([...deep(wrapper)].filter((el) => el.matches('[aria-pressed="true"]')).length, 'nothing plays').to.equal(0);
      expect([...deep(wrapper)].filter((el) => el.matches('video[autoplay], audio')).length, 'no media plays by itself').to.equal(0);
      expect(speechSynthesis.speaking, 'nothing is read aloud').to.equal(false);
    });
  }

  it('a figure moves only when asked, keeps its colours while it moves (nothing flashes), and stops when asked', async () => {
    const card = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-to-chest"></limber-exercise-card>`);
    await settled(card);
    const still = drawing(card);
    const play = root(card).querySelector<HTMLButtonElement>('button.play')!;
    play.click();
    await card.updateComplete;
    const seen = new Set<string>();
    const paths = new Set<string>();
    for (let i = 0; i < 8; i += 1) {
      await frames(1);
      const now = drawing(card);
      paths.add(now.paths);
      for (const colour of now.colours) seen.add(colour);
    }
    expect(paths.size, 'the body moves while it plays').to.be.at.least(3);
    expect([...seen].sort(), 'the same colours and opacities as at rest').to.deep.equal([...still.colours].sort());
    play.click();
    await card.updateComplete;
    expect(play.getAttribute('aria-pressed'), 'pressed again, it stops').to.equal('false');
    const stopped = drawing(card).paths;
    await frames(3);
    expect(drawing(card).paths, 'and stays still').to.equal(stopped);
  });

  it('the guided timer starts only when asked and Pause holds it', async () => {
    const card = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`);
    await settled(card);
    expect(root(card).querySelector('.guided-timer'), 'no timer before Start').to.equal(null);
    await start(card, START.en);
    await frames(12);
    const timer = () => squash(root(card).querySelector('.guided-timer')?.textContent);
    expect(timer(), 'the hands-free count runs').to.not.equal('');
    await press(card, 'Pause');
    const paused = timer();
    await frames(15);
    expect(timer(), 'Pause holds it').to.equal(paused);
  });

  it('under reduced motion nothing animates: no play control, and the guided mode runs without animation', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const card = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`);
    await settled(card);
    expect(root(card).querySelector('button.play'), 'no play control').to.equal(null);
    await start(card, START.en);
    const guidedFigure = () => root(card).querySelector('.guided-figure')?.innerHTML;
    const shown = guidedFigure();
    expect(shown, 'the step’s figure').to.contain('data-shape');
    await frames(3);
    expect(running(card), 'CSS animations running').to.deep.equal([]);
    expect(guidedFigure(), 'the step’s figure stands still').to.equal(shown);
  });
});
