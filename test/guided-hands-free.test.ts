// The guided mode hands-free, as a reader lying on the floor uses it: one press, then the clock.
// Time is a fake clock the test moves; the mode reads it on a visibility change as on its ticks.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/exercise-card/define.js';
import '../src/components/provider/define.js';
import type { ExerciseCompleteDetail, ExerciseStopDetail, LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { CareOption, Exercise } from '../src/model/index.js';
import { hostWallSlide } from './fixtures/host-content.js';
import type { LimberCareCard } from '../src/components/care-card/care-card.js';
import { useClock, type Clock } from '../src/components/exercise-card/guided/guided.js';
import { warningsOfEachTest } from './support/warnings.js';
import { FakeClock, live, press, start } from './support/guided.js';
import { buttonNamed, deepActiveElement, part, root, shownText, squash, textOf } from './support/dom.js';
import { TOPIC, TRANSLATION } from './support/lists.js';
import { GUIDED, WORDS } from './support/words.js';
import { languageName } from '../src/locale/language.js';

const card = (id: string, lang = 'en') =>
  fixture<LimberExerciseCard>(html`<limber-exercise-card exercise=${id} lang=${lang}></limber-exercise-card>`);
/** Moves the fake clock and lets the guided mode read it now (a visibility change makes it tick). */
async function after(el: LimberExerciseCard, clock: FakeClock, ms: number): Promise<void> {
  clock.time += ms;
  document.dispatchEvent(new Event('visibilitychange'));
  await el.updateComplete;
  await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
  await el.updateComplete;
}

/** A speech engine the test controls: voices for some languages, what was said, and failure on demand. */
function fakeSpeech(langs: string[]) {
  const spoken: string[] = [];
  const engine = window.speechSynthesis as SpeechSynthesis & Record<string, unknown>;
  const saved = { getVoices: engine.getVoices, speak: engine.speak, cancel: engine.cancel };
  let last: SpeechSynthesisUtterance | undefined;
  engine.getVoices = () =>
    langs.map((lang) => ({ lang, name: `Voice ${lang}`, default: false, localService: true, voiceURI: lang }) as SpeechSynthesisVoice);
  engine.speak = (utterance: SpeechSynthesisUtterance) => {
    last = utterance;
    spoken.push(utterance.text);
  };
  engine.cancel = () => {};
  return {
    spoken,
    fail: () => last?.onerror?.({ error: 'synthesis-failed' } as SpeechSynthesisErrorEvent),
    restore: () => Object.assign(engine, saved),
  };
}

describe('the guided mode, hands-free', () => {
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

  it('knee rolls: one press, then get ready, every step, hold and repetition by itself, to done', async () => {
    const el = await card('knee-rolls');
    const done: ExerciseCompleteDetail[] = [];
    el.addEventListener('limber-exercise-complete', (event) => done.push(event.detail));
    await start(el);
    expect(textOf(el, '.guided-where')).to.equal('Get into the starting position.');
    expect(textOf(el, '[part~="timer"]')).to.equal('Starts in 5 s');
    expect(squash(deepActiveElement()?.textContent), 'focus on the first control').to.equal('Next step');
    // What a screen reader hears, message by message, through the first repetition.
    const heard = [live(el)];
    for (let second = 0; second < 27; second += 1) {
      await after(el, clock, 1_000);
      if (live(el) !== heard.at(-1)) heard.push(live(el));
    }
    expect(heard).to.deep.equal([
      'Get into the starting position. Lie on your back with your knees bent and your feet on the floor.',
      'Step 1 of 3: Let both knees roll slowly to the right, and hold.',
      'Hold for 2 seconds',
      'Hold done. Relax. Step 2 of 3: Bring them back to the middle.',
      'Step 3 of 3: Roll them slowly to the left, and hold. Then come back to the middle. That is one repetition.',
      'Hold for 2 seconds',
      'Hold done. Relax. Repetition 1 of 5 done. Step 1 of 3: Let both knees roll slowly to the right, and hold.',
    ]);
    await after(el, clock, 120_000);
    expect(textOf(el, '.guided-done')).to.equal('Exercise complete. Well done. 5 repetitions, 1 min 55 s.');
    expect(done).to.deep.equal([{ exerciseId: 'knee-rolls', topicId: TOPIC, repetitions: 5, sets: null, durationSeconds: 115 }]);
    // At the end: what to stop for, the exercise's own list, with the button that says so.
    expect(textOf(el, '.guided-check p')).to.equal('Did your symptoms get worse? Stop and press “This makes it worse” if:');
    expect([...root(el).querySelectorAll('.guided-check li')].map((li) => squash(li.textContent))).to.deep.equal([
      'your symptoms get worse1',
      'you feel new pain1',
    ]);
    expect(buttonNamed(el, 'This makes it worse')).to.exist;
    expect(localStorage.length, 'nothing stored without remember').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('"This makes it worse": stops, shows the exercise’s stop-if advice and the non-urgent care with the host’s options, fires limber-exercise-stop', async () => {
    const options: CareOption[] = [{ kind: 'nurse-line', label: 'Call the nurse line', href: 'tel:+18005550100', levels: ['non-urgent'] }];
    const provider = await fixture(html`<limber-provider .careOptions=${options}
      ><limber-exercise-card exercise="knee-rolls" lang="en"></limber-exercise-card
    ></limber-provider>`);
    const el = provider.querySelector('limber-exercise-card') as LimberExerciseCard;
    await el.updateComplete;
    const stops: ExerciseStopDetail[] = [];
    provider.addEventListener('limber-exercise-stop', (event) => stops.push((event as CustomEvent<ExerciseStopDetail>).detail));
    await start(el);
    await after(el, clock, 9_000);
    expect(buttonNamed(el, 'This makes it worse'), 'one tap away while it runs').to.exist;
    await press(el, 'This makes it worse');
    const care = root(el).querySelector('.guided limber-care-card') as LimberCareCard;
    await waitUntil(() => care?.shadowRoot?.querySelector('[part~="care-options"] li'), 'the care advice renders');
    expect(stops).to.deep.equal([{ exerciseId: 'knee-rolls', topicId: TOPIC, reason: 'worse' }]);
    expect(textOf(el, '.guided-stopped')).to.equal(
      'Stopped: this exercise made it worse You said this exercise makes your symptoms worse, so it stopped here. Do not carry on with it.',
    );
    expect([...root(el).querySelectorAll('.guided-stop-if li')].map((li) => squash(li.textContent))).to.deep.equal([
      'your symptoms get worse1',
      'you feel new pain1',
    ]);
    expect(squash(care.shadowRoot?.querySelector('#heading')?.textContent)).to.match(/^Non-urgent:/);
    expect(squash(care.shadowRoot?.querySelector('[part~="care-options"] li')?.textContent)).to.equal('Call the nurse line Nurse line.');
    await waitUntil(() => deepActiveElement()?.classList.contains('guided-stopped'), 'focus on what happened');
    // It stays stopped: the clock moves nothing.
    await after(el, clock, 600_000);
    expect(part(el, 'timer')).to.equal(null);
    expect(localStorage.length).to.equal(0);
    await expect(el).to.be.accessible();
    await press(el, 'Close');
    expect(stops, 'closing a stopped session is not another stop').to.have.length(1);
  });

  it('Stop before the end fires limber-exercise-stop with reason "stopped"; Close after the end fires none', async () => {
    const el = await card('pelvic-tilt');
    const stops: ExerciseStopDetail[] = [];
    el.addEventListener('limber-exercise-stop', (event) => stops.push(event.detail));
    await start(el);
    await press(el, 'Stop');
    await start(el);
    await after(el, clock, 600_000);
    await press(el, 'Close');
    expect(stops).to.deep.equal([{ exerciseId: 'pelvic-tilt', topicId: TOPIC, reason: 'stopped' }]);
  });

  it('the reader can switch to "I press when ready" and back, mid-way', async () => {
    // Three steps, two repetitions, no hold: each step waits for a press, or moves on by itself.
    const exercise: Exercise = { ...hostWallSlide, steps: ['Slide down.', 'Hold still.', 'Slide back up.'], dosage: { reps: 2 } };
    const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card .data=${exercise}></limber-exercise-card>`);
    await start(el);
    const select = root(el).querySelector<HTMLSelectElement>('.guided-pace select');
    expect([...(select?.options ?? [])].map((o) => o.textContent?.trim())).to.deep.equal([
      'Hands-free: moves on by itself',
      'Hands-free, slower',
      'I press when ready',
    ]);
    select!.value = 'press';
    select!.dispatchEvent(new Event('change'));
    await after(el, clock, 60_000);
    expect(textOf(el, '.guided-where')).to.equal('Step 1 of 3 Repetition 1 of 2');
    select!.value = 'hands-free';
    select!.dispatchEvent(new Event('change'));
    await after(el, clock, 6_000);
    expect(textOf(el, '.guided-where')).to.equal('Step 2 of 3 Repetition 1 of 2');
  });

  it('reads aloud in the card’s language when asked, with the live region quiet; if speech fails it says so and the counts go on', async () => {
    const speech = fakeSpeech(['en-US']);
    try {
      const el = await card('pelvic-tilt');
      await start(el);
      const toggle = [...root(el).querySelectorAll('.guided-cues label')]
        .find((l) => squash(l.textContent) === 'Read the steps aloud')
        ?.querySelector('input');
      expect(toggle?.disabled).to.equal(false);
      toggle!.checked = true;
      toggle!.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(root(el).querySelector('.guided [role="status"]')?.getAttribute('aria-live')).to.equal('off');
      await after(el, clock, 5_000);
      await after(el, clock, 6_000);
      expect(speech.spoken).to.deep.equal(['Step 1 of 2: Press the small of your back into the floor, and hold.', 'Hold for 2 seconds']);
      await after(el, clock, 1_000);
      expect(speech.spoken.at(-1), 'the hold counted down aloud').to.equal('1');
      speech.fail();
      await el.updateComplete;
      expect(textOf(el, '.guided-cues .guided-note')).to.equal(
        'Reading aloud stopped working. The screen, the sound and the vibration still guide you.',
      );
      expect(root(el).querySelector('.guided [role="status"]')?.getAttribute('aria-live')).to.equal('polite');
      await after(el, clock, 600_000);
      expect(textOf(el, '.guided-done')).to.contain('5 repetitions');
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      speech.restore();
    }
  });

  it('says so where the device has no voice for the card’s language; the sounds remain', async () => {
    const speech = fakeSpeech(['en-US']);
    try {
      const [w, g] = [WORDS[TRANSLATION], GUIDED[TRANSLATION]];
      const el = await card('knee-rolls', TRANSLATION);
      await start(el, w.startGuided);
      const toggle = [...root(el).querySelectorAll('.guided-cues input')];
      expect(toggle.map((input) => (input as HTMLInputElement).disabled)).to.deep.equal([false, false, true]);
      expect(textOf(el, '.guided-cues .guided-note')).to.equal(g.noVoice(languageName(TRANSLATION, TRANSLATION)));
      expect(live(el).startsWith(g.getReady)).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      speech.restore();
    }
  });

  it('a lost wake lock is asked for again when the page is seen; reduced motion changes no count', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const calls: string[] = [];
    let lose: (() => void) | undefined;
    const fake = {
      request: async () => {
        calls.push('request');
        return {
          release: async () => void calls.push('release'),
          addEventListener: (_: string, listener: () => void) => (lose = listener),
        };
      },
    };
    Object.defineProperty(navigator, 'wakeLock', { value: fake, configurable: true });
    try {
      const el = await card('knee-rolls');
      await start(el);
      await new Promise((resolve) => setTimeout(resolve, 10));
      lose?.();
      await after(el, clock, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(calls).to.deep.equal(['request', 'request']);
      await after(el, clock, 600_000);
      expect(textOf(el, '.guided-done')).to.equal('Exercise complete. Well done. 5 repetitions, 1 min 55 s.');
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('"Add reminders to my calendar" where the dose says how often: a calendar file made on the device', async () => {
    const files: { name: string; text: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href)
        .then((r) => r.text())
        .then((text) => files.push({ name, text }));
    };
    try {
      const el = await card('knee-rolls');
      await press(el, 'Add reminders to my calendar');
      await waitUntil(() => files.length === 1, 'the file is made');
      const [file] = files;
      expect(file?.name).to.equal('knee-rolls.ics');
      const lines = file!.text.split('\r\n');
      expect(lines.filter((l) => l.startsWith('RRULE'))).to.deep.equal(['RRULE:FREQ=DAILY', 'RRULE:FREQ=DAILY', 'RRULE:FREQ=DAILY']);
      expect(lines.filter((l) => l.startsWith('DTSTART')).map((l) => l.slice(-6))).to.deep.equal(['090000', '130000', '180000']);
      expect(lines.filter((l) => l.startsWith('SUMMARY'))).to.deep.equal([
        'SUMMARY:Knee rolls',
        'SUMMARY:Knee rolls',
        'SUMMARY:Knee rolls',
      ]);
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      const bridge = await card('bridge');
      expect(buttonNamed(bridge, 'Add reminders to my calendar'), 'no frequency, no reminders').to.equal(undefined);
      expect(shownText(el)).to.contain('Add reminders to my calendar');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
