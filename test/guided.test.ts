import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/exercise-card/define.js';
import type { ExerciseCompleteDetail, ExerciseStartDetail, LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { Exercise } from '../src/model/index.js';
import { useClock, type Clock } from '../src/components/exercise-card/guided/guided.js';
import { hostWallSlide } from './fixtures/host-content.js';
import { warningsOfEachTest } from './support/warnings.js';
import { FakeClock, live, press, start } from './support/guided.js';
import { buttonNamed, deepActiveElement, part, root, shownText, squash, textOf } from './support/dom.js';
import { TOPIC, TRANSLATION } from './support/lists.js';
import { GUIDED, WORDS } from './support/words.js';

/** A card in English; press when ready unless `pace` says otherwise (each press is a test's step). */
const card = (id: string, attrs: { lang?: string; remember?: boolean; pace?: string } = {}) =>
  fixture<LimberExerciseCard>(
    html`<limber-exercise-card
      exercise=${id}
      lang=${attrs.lang ?? 'en'}
      guided-pace=${attrs.pace ?? 'press'}
      ?remember=${attrs.remember ?? false}
    ></limber-exercise-card>`,
  );
/** Lets the guided mode's next tick read the clock. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('the guided mode of <limber-exercise-card>, press when ready', () => {
  const warnings = warningsOfEachTest();
  let clock: FakeClock;
  let previous: Clock;
  beforeEach(() => {
    clock = new FakeClock();
    previous = useClock(clock);
    localStorage.clear();
  });
  afterEach(() => {
    useClock(previous);
    localStorage.clear();
  });

  it('starts on request: a cancelable limber-exercise-start with the exercise and topic, then step 1 with focus on its first control', async () => {
    const el = await card('knee-rolls');
    const starts: ExerciseStartDetail[] = [];
    el.addEventListener('limber-exercise-start', (event) => starts.push(event.detail));
    await start(el);
    expect(starts).to.deep.equal([{ exerciseId: 'knee-rolls', topicId: TOPIC }]);
    expect(textOf(el, '.guided-where')).to.equal('Step 1 of 3 Repetition 1 of 5');
    expect(textOf(el, '.guided-step')).to.equal('Let both knees roll slowly to the right, and hold.');
    expect(squash(deepActiveElement()?.textContent)).to.equal('Start the hold');
    expect(root(el).querySelector('.guided-figure svg'), 'the step’s figure frame').to.exist;
    await expect(el).to.be.accessible();
  });

  it('a host that cancels limber-exercise-start keeps it closed', async () => {
    // The same press and wait, not cancelled, opens the guided mode: the wait is long enough for
    // the chunk and the render, so the cancelled card's closed state is the host's doing.
    const pressAndWait = async (el: LimberExerciseCard): Promise<void> => {
      await press(el, 'Start guided exercise');
      await el.updateComplete;
      await tick();
    };
    const control = await card('knee-rolls');
    await pressAndWait(control);
    expect(textOf(control, '.guided-step'), 'a card not cancelled, after the same wait').to.equal(
      'Let both knees roll slowly to the right, and hold.',
    );

    const el = await card('knee-rolls');
    let starts = 0;
    el.addEventListener('limber-exercise-start', (event) => {
      starts += 1;
      event.preventDefault();
    });
    await pressAndWait(el);
    expect(starts, 'the event reached the host').to.equal(1);
    expect(part(el, 'guided')).to.equal(null);
    expect(buttonNamed(el, 'Start guided exercise'), 'the card still offers to start').to.exist;
  });

  it('counts a hold down from the timestamps, says its start and end politely, then moves on', async () => {
    const el = await card('knee-rolls');
    await start(el);
    await press(el, 'Start the hold');
    expect(live(el)).to.equal('Hold for 2 seconds');
    expect(textOf(el, '[part~="timer"]')).to.equal('Hold for 2 seconds: 2 s left');
    expect(buttonNamed(el, 'Start the hold'), 'the primary control waits during a hold').to.equal(undefined);
    clock.time += 1_200;
    await tick();
    expect(textOf(el, '[part~="timer"]')).to.equal('Hold for 2 seconds: 1 s left');
    expect(live(el), 'not every second').to.equal('Hold for 2 seconds');
    clock.time += 800;
    await tick();
    expect(live(el)).to.equal('Hold done. Relax. Step 2 of 3: Bring them back to the middle.');
    expect(textOf(el, '.guided-where')).to.equal('Step 2 of 3 Repetition 1 of 5');
    expect(part(el, 'timer')).to.equal(null);
    expect(textOf(el, '[part~="guided"]')).to.contain('Step 2 of 3');
  });

  it('a throttled background tab still ends the hold on time, once', async () => {
    const el = await card('knee-rolls');
    await start(el);
    await press(el, 'Start the hold');
    // No ticks for a minute (a hidden tab), then the page is shown again.
    clock.time += 60_000;
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(textOf(el, '.guided-where')).to.equal('Step 2 of 3 Repetition 1 of 5');
    await tick();
    expect(textOf(el, '.guided-where'), 'one hold ends one step').to.equal('Step 2 of 3 Repetition 1 of 5');
  });

  it('pause keeps the time left; resume goes on from there; back returns a step', async () => {
    const el = await card('knee-rolls');
    await start(el);
    await press(el, 'Start the hold');
    clock.time += 1_000;
    await press(el, 'Pause');
    expect(live(el)).to.equal('Paused.');
    clock.time += 30_000;
    await tick();
    expect(textOf(el, '[part~="timer"]')).to.contain('1 s left');
    await press(el, 'Resume');
    clock.time += 999;
    await tick();
    expect(textOf(el, '[part~="timer"]')).to.contain('1 s left');
    clock.time += 1;
    await tick();
    expect(textOf(el, '.guided-where')).to.contain('Step 2 of 3');
    await press(el, 'Back');
    expect(textOf(el, '.guided-where')).to.contain('Step 1 of 3');
    expect(live(el)).to.equal('Step 1 of 3: Let both knees roll slowly to the right, and hold.');
  });

  it('counts repetitions up to the dose, then fires limber-exercise-complete with what was counted', async () => {
    const el = await card('pelvic-tilt');
    const done: ExerciseCompleteDetail[] = [];
    el.addEventListener('limber-exercise-complete', (event) => done.push(event.detail));
    await start(el);
    for (let rep = 1; rep <= 5; rep += 1) {
      expect(textOf(el, '.guided-where')).to.equal(`Step 1 of 2 Repetition ${rep} of 5`);
      await press(el, 'Start the hold');
      clock.time += 2_000;
      await tick();
      await press(el, rep === 5 ? 'Finish' : 'Next step');
      if (rep < 5)
        expect(live(el)).to.equal(`Repetition ${rep} of 5 done. Step 1 of 2: Press the small of your back into the floor, and hold.`);
    }
    expect(textOf(el, '.guided-done')).to.equal('Exercise complete. Well done. 5 repetitions, 10 s.');
    expect(live(el)).to.equal('Repetition 5 of 5 done. Exercise complete. Well done.');
    expect(done).to.deep.equal([{ exerciseId: 'pelvic-tilt', topicId: TOPIC, repetitions: 5, sets: null, durationSeconds: 10 }]);
  });

  it('an exercise whose source gives no amount offers no guided mode, only what to do instead', async () => {
    const el = await card('sciatic-nerve-glide');
    expect(buttonNamed(el, 'Start guided exercise')).to.equal(undefined);
    expect(textOf(el, '.no-dose')).to.contain('Ask a doctor or physical therapist how much to do.');
    const host = await fixture<LimberExerciseCard>(
      html`<limber-exercise-card .data=${{ ...hostWallSlide, dosage: {} }}></limber-exercise-card>`,
    );
    expect(buttonNamed(host, 'Start guided exercise')).to.equal(undefined);
    expect(buttonNamed(await card('pelvic-tilt'), 'Start guided exercise')).to.not.equal(undefined);
  });

  it('host data with sets and a rest: rests between sets with a countdown, counts sets', async () => {
    const exercise: Exercise = {
      ...hostWallSlide,
      steps: ['Slide down the wall a little way and hold.', 'Slide back up.'],
      dosage: { reps: 1, sets: 2, holdSeconds: 3, holdSteps: [1], restSeconds: 30 },
    };
    const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card guided-pace="press" .data=${exercise}></limber-exercise-card>`);
    const done: ExerciseCompleteDetail[] = [];
    el.addEventListener('limber-exercise-complete', (event) => done.push(event.detail));
    await start(el);
    expect(textOf(el, '.guided-where')).to.equal('Step 1 of 2 Repetition 1 of 1 Set 1 of 2');
    await press(el, 'Start the hold');
    clock.time += 3_000;
    await tick();
    await press(el, 'Next step');
    expect(live(el)).to.equal('Rest for 30 seconds');
    expect(textOf(el, '[part~="timer"]')).to.equal('Rest for 30 seconds: 30 s left');
    clock.time += 30_000;
    await tick();
    expect(live(el)).to.equal('Rest over. Step 1 of 2: Slide down the wall a little way and hold.');
    expect(textOf(el, '.guided-where')).to.equal('Step 1 of 2 Repetition 1 of 1 Set 2 of 2');
    await press(el, 'Start the hold');
    clock.time += 3_000;
    await tick();
    await press(el, 'Finish');
    expect(done[0]).to.deep.include({ exerciseId: 'host-wall-slide', topicId: null, repetitions: 2, sets: 2 });
  });

  it('keeps the screen awake while running and lets it go on pause and on stop', async () => {
    const calls: string[] = [];
    const fake = {
      request: async () => {
        calls.push('request');
        return { release: async () => void calls.push('release') };
      },
    };
    Object.defineProperty(navigator, 'wakeLock', { value: fake, configurable: true });
    try {
      const el = await card('knee-rolls');
      await start(el);
      await press(el, 'Pause');
      await press(el, 'Resume');
      await press(el, 'Stop');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(calls).to.deep.equal(['request', 'release', 'request', 'release']);
      expect(squash(deepActiveElement()?.textContent), 'focus back on Start').to.equal('Start guided exercise');
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    }
  });

  it('every control is a button at least 24 × 24 px, reachable by keyboard', async () => {
    const el = await card('knee-rolls');
    await start(el);
    for (const control of root(el).querySelectorAll<HTMLElement>('.guided button, .guided input')) {
      const box = control.getBoundingClientRect();
      expect(box.width, squash(control.textContent)).to.be.at.least(24);
      expect(box.height, squash(control.textContent)).to.be.at.least(24);
      expect(control.tabIndex).to.equal(0);
    }
  });

  it(`speaks the card's language (${TRANSLATION})`, async () => {
    const [w, g] = [WORDS[TRANSLATION], GUIDED[TRANSLATION]];
    const el = await card('knee-rolls', { lang: TRANSLATION });
    await press(el, w.startGuided);
    await waitUntil(() => part(el, 'guided'));
    await el.updateComplete;
    expect(textOf(el, '.guided-where')).to.equal(`${g.stepOf(1, 3)} ${g.repOf(1, 5)}`);
    await press(el, g.startHold);
    expect(live(el)).to.equal(g.holdFor(2));
    await expect(el).to.be.accessible();
  });

  describe('remembered progress', () => {
    async function finishPelvicTilt(el: LimberExerciseCard): Promise<void> {
      await start(el);
      for (let rep = 1; rep <= 5; rep += 1) {
        await press(el, 'Start the hold');
        clock.time += 2_000;
        await tick();
        await press(el, rep === 5 ? 'Finish' : 'Next step');
      }
      await press(el, 'Close');
    }

    it('with remember: "Done 1 of 3 times today" after a session, kept on this device under limber:done', async () => {
      const el = await card('pelvic-tilt', { remember: true });
      expect(textOf(el, '[part~="progress"]')).to.equal('Done 0 of 3 times today Forget my progress');
      await finishPelvicTilt(el);
      expect(textOf(el, '[part~="progress"]')).to.contain('Done 1 of 3 times today');
      const keys = Object.keys(localStorage);
      expect(keys).to.have.length(1);
      expect(keys[0]).to.match(/^limber:done:pelvic-tilt:\d{4}-\d{2}-\d{2}$/);
    });

    it('without remember nothing is stored or shown', async () => {
      const el = await card('pelvic-tilt');
      await finishPelvicTilt(el);
      expect(part(el, 'progress')).to.equal(null);
      expect(shownText(el), 'the card itself').to.contain('Pelvic tilt');
      expect(localStorage.length).to.equal(0);
    });

    it('forget clears it', async () => {
      const el = await card('pelvic-tilt', { remember: true });
      await finishPelvicTilt(el);
      await press(el, 'Forget my progress');
      expect(textOf(el, '[part~="progress"]')).to.contain('Done 0 of 3 times today');
      expect(localStorage.length).to.equal(0);
    });

    it('storage that throws means no memory: no progress line, no error, no warning', async () => {
      const original = Storage.prototype.getItem;
      const originalSet = Storage.prototype.setItem;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await card('pelvic-tilt', { remember: true });
        expect(part(el, 'progress')).to.equal(null);
        await finishPelvicTilt(el);
        expect(part(el, 'progress')).to.equal(null);
        expect(shownText(el), 'the card itself').to.contain('Pelvic tilt');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        Storage.prototype.getItem = original;
        Storage.prototype.setItem = originalSet;
      }
    });
  });
});
