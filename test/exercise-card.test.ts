import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/exercise-card/define.js';
import '../src/components/provider/define.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { LimberCareCard } from '../src/components/care-card/care-card.js';
import type { Exercise } from '../src/model/index.js';
import { hostWallSlide } from './fixtures/host-content.js';
import { warningsOfEachTest } from './support/warnings.js';
import { part, root, shownText, squash, textOf } from './support/dom.js';
import { press, start } from './support/guided.js';
import { SOURCE_TOPIC } from './support/topics.js';

const hostExercise = hostWallSlide;

describe('<limber-exercise-card>', () => {
  const warnings = warningsOfEachTest();

  describe('with a catalog id and no other set-up', () => {
    it('renders the exercise name as a level-3 heading', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="sciatic-nerve-glide"></limber-exercise-card>`);
      const heading = root(el).querySelector('[part~="name"]');
      expect(heading?.tagName).to.equal('H3');
      expect(heading?.textContent).to.equal('Sciatic nerve slider');
      expect(root(el).querySelector('article')?.getAttribute('aria-labelledby')).to.equal('name');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows the goal, starting position and steps in order', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`);
      expect(textOf(el, '[part~="goal"]')).to.equal('Goal: Mobility');
      expect(textOf(el, '[part~="start"]')).to.contain('Lie on your back with your knees bent');
      const steps = [...root(el).querySelectorAll('ol[part~="steps"] > li')].map((li) => li.textContent?.trim());
      expect(steps).to.have.length(3);
      expect(steps[0]).to.equal('Let both knees roll slowly to the right, and hold.');
      expect(steps[2]).to.contain('That is one repetition.');
    });

    it('says the dosage in words', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`);
      const rows = [...root(el).querySelectorAll('[part~="dosage"] dl > div')].map(
        (row) => `${row.querySelector('dt')?.textContent}: ${row.querySelector('dd')?.textContent}`,
      );
      expect(rows).to.deep.equal(['Repetitions: 5 times', 'Hold: 2 seconds', 'How often: 3 times a day']);
    });

    it('says which source states the dose, numbered in its own source list', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`);
      const note = [...root(el).querySelectorAll('[part~="dosage"] .dosage-note')].find((p) => p.textContent?.includes('This dose'));
      expect(squash(note?.textContent)).to.equal('This dose is the one its source gives for this movement.1');
      expect(note?.querySelector('a[part~="cite"]')?.getAttribute('href')).to.equal('#source-1');
      expect(textOf(el, '#source-1')).to.match(/^NHS inform: Exercises for back pain/);
    });

    it('says in words that Limber added it, and from which sources', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="sciatic-nerve-glide"></limber-exercise-card>`);
      // NHS inform is credited with the stop rule it gives, not with the movement.
      expect(textOf(el, '[part~="provenance"]')).to.equal('Added by Limber from Ellis et al. (2012) and Ellis et al. (2016)');
      const stopRule = root(el).querySelector('[part~="stop-if"] li a[part~="cite"]');
      expect(textOf(el, stopRule?.getAttribute('href') ?? '#none')).to.match(/^NHS inform: Exercises for back pain/);
      await expect(el).to.be.accessible();
    });

    it('describes a slider, not a tensioner, and gives it no dose its source does not state', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="sciatic-nerve-glide"></limber-exercise-card>`);
      expect(textOf(el, '[part~="steps"]')).to.match(/straighten the knee of the sore leg while you tip your head back/);
      expect(textOf(el, '[part~="steps"]')).not.to.match(/toes/);
      expect(textOf(el, '[part~="dosage"]')).to.equal(
        'How much Its source does not say how long to hold it or how many times to do it. Ask a doctor or physical therapist how much to do. If you cannot ask one, choose an exercise that gives an amount.',
      );
      // It says what was studied: nerve movement in healthy adults, not relief.
      expect(textOf(el, '[part~="summary"]')).to.match(
        /Limber’s home version of a movement tested on 31 healthy adults\. The study measured how far the nerve moved, not whether pain eased\./,
      );
    });

    it('says a hold range in words', async () => {
      const data = { ...SOURCE_TOPIC.exercises.items[1], dosage: { holdSeconds: { min: 20, max: 30 } } };
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card .data=${data}></limber-exercise-card>`);
      expect(textOf(el, '[part~="dosage"]')).to.contain('20 to 30 seconds');
      expect(root(el).querySelector('[part~="provenance"]')).to.equal(null);
      expect(textOf(el, '[part~="name"]')).to.equal(data.name);
    });

    it('says honestly that its source gives no amount, and what to do instead', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="bridge"></limber-exercise-card>`);
      expect(textOf(el, '[part~="dosage"]')).to.match(
        /^How much Its source does not say how long to hold it or how many times to do it\. Ask a doctor or physical therapist/,
      );
      expect(textOf(el, '[part~="dosage"]')).not.to.match(/clinician advises/);
    });

    it('gives knee to chest the dose its source states for that movement, one knee at a time', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-to-chest"></limber-exercise-card>`);
      const rows = [...root(el).querySelectorAll('[part~="dosage"] dl > div')].map(
        (row) => `${row.querySelector('dt')?.textContent}: ${row.querySelector('dd')?.textContent}`,
      );
      // The source gives the most to do ("Repeat up to 5 times on each side"), not a number to reach.
      expect(rows).to.deep.equal(['Repetitions: Up to 5 times', 'Hold: 5 seconds']);
      expect(textOf(el, '#source-1')).to.match(/^Chartered Society of Physiotherapy: Exercise advice for back pain/);
    });

    it('marks the stop-if list for screen readers and not by colour alone', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`);
      const section = root(el).querySelector('[part~="stop-if"]');
      expect(squash(section?.querySelector('h4')?.textContent)).to.equal('Warning: Stop and get advice if');
      expect(section?.querySelector('.visually-hidden')?.textContent).to.equal('Warning: ');
      expect(section?.querySelector('.stop-icon')?.getAttribute('aria-hidden')).to.equal('true');
      expect([...(section?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).to.deep.equal([
        'your symptoms get worse1',
        'you feel new pain1',
      ]);
    });

    it('lists its sources with links that passed the URL policy', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="knee-rolls"></limber-exercise-card>`);
      const source = root(el).querySelector('[part~="sources"] li');
      expect(source?.id).to.equal('source-1');
      // How it was read is said after it: an earlier copy on NHS inform's own server.
      expect(squash(source?.textContent)).to.equal(
        'NHS inform: Exercises for back pain Limber read an earlier copy of this page on its publisher’s own server.',
      );
      expect(source?.querySelector('a')?.getAttribute('href')).to.match(/^https:\/\/www\.nhsinform\.scot\//);
    });

    it('renders citation markers that move focus to the source', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="sciatic-nerve-glide"></limber-exercise-card>`);
      const marker = root(el).querySelector<HTMLAnchorElement>('[part~="summary"] a[part~="cite"]');
      expect(marker?.getAttribute('aria-label')).to.equal('Source 1');
      expect(marker?.textContent).to.equal('1');
      marker?.click();
      expect(root(el).activeElement?.id).to.equal('source-1');
    });

    it('passes axe', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="piriformis-stretch"></limber-exercise-card>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('red flags first', () => {
    it('opens with the emergency number and the emergency card, the rest of the care advice one press away, and the safety lines, before the steps', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="bridge" region="us"></limber-exercise-card>`);
      const emergency = root(el).querySelector('[part~="emergency"]');
      expect(textOf(el, '.emergency-line')).to.equal('Have an emergency sign? Call 911 now.');
      // "When to get help", the name the safety lines point to; under it the emergency card, open, with every sign.
      const help = emergency?.querySelector('[part~="when-to-get-help"]');
      expect(squash(help?.querySelector('h4')?.textContent)).to.equal('When to get help');
      const card = help?.querySelector('limber-care-card') as LimberCareCard | null;
      expect(card?.getAttribute('level')).to.equal('emergency');
      expect(card?.getAttribute('region')).to.equal('us');
      await card?.updateComplete;
      expect(squash(card?.shadowRoot?.querySelector('h5#heading')?.textContent)).to.equal('Emergency: Get emergency help now if');
      expect(card?.shadowRoot?.querySelectorAll('[part~="signs"] li')).to.have.length(10);
      // The urgent and non-urgent advice: one press away, put in when a reader opens it.
      const details = emergency?.querySelector('details');
      expect(details?.open).to.equal(false);
      expect(squash(details?.querySelector('summary')?.textContent)).to.equal('When to see a doctor');
      expect(details?.querySelector('limber-care-card')).to.equal(null);
      const toggled = oneEvent(details as HTMLDetailsElement, 'toggle');
      details?.querySelector('summary')?.click();
      await toggled;
      await el.updateComplete;
      const more = [...(details?.querySelectorAll('limber-care-card') ?? [])] as LimberCareCard[];
      expect(more.map((c) => c.getAttribute('level'))).to.deep.equal(['urgent', 'non-urgent']);
      await Promise.all(more.map((c) => c.updateComplete));
      expect(squash(more[0]?.shadowRoot?.querySelector('#heading')?.textContent)).to.equal(
        'Urgent: Speak to a doctor as soon as possible if',
      );
      // Then "Before you start": the injury pointer and the pregnancy line, each with its source on the card.
      const before = root(el).querySelector('[part~="before-you-start"]');
      expect(squash(before?.querySelector('h4')?.textContent)).to.equal('Before you start');
      const lines = [...(before?.querySelectorAll('li') ?? [])].map((li) => squash(li.textContent).replace(/\d+$/, ''));
      expect(lines[0]).to.equal('If your pain started after a fall, a crash or other injury, first read When to get help.');
      expect(lines[1]).to.equal('If you are pregnant, ask first. Talk to your doctor, midwife or physical therapist.');
      const marker = before?.querySelector<HTMLAnchorElement>('li a[part~="cite"]');
      expect(textOf(el, marker?.getAttribute('href') ?? '#none')).to.match(/^NHS Greater Glasgow and Clyde: Self-help and information/);
      // All of it before the steps, in reading order.
      const steps = root(el).querySelector('[part~="steps"]') as Element;
      expect(emergency?.compareDocumentPosition(steps)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
      expect(before?.compareDocumentPosition(steps)).to.equal(Node.DOCUMENT_POSITION_FOLLOWING);
      await expect(el).to.be.accessible();
    });

    it('says "your local emergency number" with no region, and the provider’s number inside one', async () => {
      const plain = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="bridge"></limber-exercise-card>`);
      expect(textOf(plain, '.emergency-line')).to.equal('Have an emergency sign? Call your local emergency number now.');
      const wrapper = await fixture(
        html`<limber-provider region="uk"><limber-exercise-card exercise="bridge"></limber-exercise-card></limber-provider>`,
      );
      const el = wrapper.querySelector('limber-exercise-card') as LimberExerciseCard;
      await el.updateComplete;
      expect(textOf(el, '.emergency-line')).to.equal('Have an emergency sign? Call 999 now.');
    });

    it('leaves the care advice and safety lines out where the page shows them above it (emergency-above)', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="bridge" emergency-above></limber-exercise-card>`);
      expect(root(el).querySelector('[part~="emergency"]')).to.equal(null);
      expect(root(el).querySelector('[part~="before-you-start"]')).to.equal(null);
      expect(root(el).querySelector('[part~="name"]')?.textContent).to.equal('Bridge');
    });
  });

  describe('heading level', () => {
    it('follows the heading-level attribute, with sub-headings one below', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="bridge" heading-level="2"></limber-exercise-card>`);
      expect(root(el).querySelector('[part~="name"]')?.tagName).to.equal('H2');
      expect(root(el).querySelector('[part~="dosage"] h3')?.textContent).to.equal('How much');
    });

    it('follows the provider heading base when it has no attribute', async () => {
      const wrapper = await fixture(
        html`<limber-provider heading-base="5"><limber-exercise-card exercise="bridge"></limber-exercise-card></limber-provider>`,
      );
      const el = wrapper.querySelector('limber-exercise-card') as LimberExerciseCard;
      await el.updateComplete;
      expect(root(el).querySelector('[part~="name"]')?.tagName).to.equal('H5');
      expect(root(el).querySelector('[part~="steps"]')?.previousElementSibling?.tagName).to.equal('H6');
    });

    for (const bad of ['7', '0', 'abc', '-1', '2.5']) {
      it(`warns about heading-level="${bad}" and uses 3`, async () => {
        const el = await fixture<LimberExerciseCard>(
          html`<limber-exercise-card exercise="bridge" heading-level=${bad}></limber-exercise-card>`,
        );
        expect(root(el).querySelector('[part~="name"]')?.tagName).to.equal('H3');
        expect(warnings.messages).to.deep.equal([
          `<limber-exercise-card>: heading-level "${bad}" is not a whole number from 1 to 6; using 3`,
        ]);
      });
    }
  });

  describe('attributes and properties', () => {
    it('reflects compact and exercise to attributes', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="bridge"></limber-exercise-card>`);
      el.compact = true;
      el.exercise = 'pelvic-tilt';
      await el.updateComplete;
      expect(el.getAttribute('exercise')).to.equal('pelvic-tilt');
      expect(el.hasAttribute('compact')).to.equal(true);
      expect(textOf(el, '[part~="name"]')).to.equal('Pelvic tilt');
    });

    it('leaves out the summary in compact form', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="bridge" compact></limber-exercise-card>`);
      expect(el.compact).to.equal(true);
      expect(root(el).querySelector('[part~="summary"]')).to.equal(null);
      expect(textOf(el, '[part~="steps"]')).to.match(/\S/);
    });

    it('renders host-supplied data, video with captions and poster included', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card .data=${hostExercise}></limber-exercise-card>`);
      expect(textOf(el, '[part~="name"]')).to.equal(hostWallSlide.name);
      expect(root(el).querySelector('[part~="summary"] em')?.textContent).to.equal('data');
      expect(textOf(el, '[part~="dosage"]')).to.contain('2 sets');
      expect(textOf(el, '[part~="dosage"]')).to.contain('Once a day');
      const video = root(el).querySelector('video');
      expect(video?.getAttribute('src')).to.equal('/assets/wall-slide.mp4');
      expect(video?.getAttribute('poster')).to.equal('/assets/wall-slide-poster.svg');
      const track = video?.querySelector('track');
      expect(track?.getAttribute('kind')).to.equal('captions');
      expect(track?.getAttribute('src')).to.equal('/assets/wall-slide.en.vtt');
      expect(textOf(el, 'figcaption')).to.equal(`What the video shows: ${hostWallSlide.media?.description}`);
      expect(warnings.messages).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('prefers data over the exercise attribute', async () => {
      const el = await fixture<LimberExerciseCard>(
        html`<limber-exercise-card exercise="bridge" .data=${hostExercise}></limber-exercise-card>`,
      );
      expect(textOf(el, '[part~="name"]')).to.equal(hostWallSlide.name);
    });
  });

  describe('when the input is bad', () => {
    const errors: ErrorEvent[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event);
    };
    beforeEach(() => window.addEventListener('error', onError));
    afterEach(() => {
      window.removeEventListener('error', onError);
      expect(errors, 'the host page saw an exception').to.have.length(0);
    });

    it('warns once about an unknown id and shows nothing in production mode', async () => {
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="no-such-thing"></limber-exercise-card>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal(['<limber-exercise-card>: no exercise with id "no-such-thing" in the catalog']);
      expect(root(el).textContent?.trim()).to.equal('');
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('shows an accessible notice for an unknown id in development mode', async () => {
      const wrapper = await fixture(
        html`<limber-provider mode="development"><limber-exercise-card exercise="no-such-thing"></limber-exercise-card></limber-provider>`,
      );
      const el = wrapper.querySelector('limber-exercise-card') as LimberExerciseCard;
      await el.updateComplete;
      const notice = root(el).querySelector('[role="note"]');
      expect(notice?.getAttribute('aria-label')).to.equal('Content problem');
      expect(notice?.textContent?.replace(/\s+/g, ' ')).to.contain('Content problem in <limber-exercise-card>');
      expect(notice?.textContent).to.contain('no exercise with id "no-such-thing" in the catalog');
      expect(warnings.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('fires limber-problem-found once per problem, across shadow roots', async () => {
      const seen: unknown[] = [];
      const listener = (event: CustomEvent): void => {
        seen.push(event.detail);
      };
      document.addEventListener('limber-problem-found', listener);
      try {
        const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card exercise="missing"></limber-exercise-card>`);
        el.compact = true;
        await el.updateComplete;
      } finally {
        document.removeEventListener('limber-problem-found', listener);
      }
      expect(seen).to.deep.equal([{ tagName: 'limber-exercise-card', message: 'no exercise with id "missing" in the catalog' }]);
    });

    it('checks guided-pace like every listed attribute: one warning, one problem event, and the guided mode opens hands-free', async () => {
      const seen: unknown[] = [];
      const listener = (event: CustomEvent): void => {
        seen.push(event.detail);
      };
      document.addEventListener('limber-problem-found', listener);
      let el: LimberExerciseCard;
      try {
        el = await fixture<LimberExerciseCard>(
          html`<limber-exercise-card exercise="pelvic-tilt" guided-pace="fast"></limber-exercise-card>`,
        );
        await el.updateComplete;
        el.compact = true;
        await el.updateComplete;
      } finally {
        document.removeEventListener('limber-problem-found', listener);
      }
      const message = 'guided-pace "fast" is not one of hands-free, slow, press; using "hands-free"';
      expect(warnings.messages).to.deep.equal([`<limber-exercise-card>: ${message}`]);
      expect(seen).to.deep.equal([{ tagName: 'limber-exercise-card', message }]);
      root(el).querySelector<HTMLButtonElement>('.start-guided')!.click();
      await waitUntil(() => root(el).querySelector('.guided select'), 'the guided mode opens', { timeout: 5000 });
      expect(root(el).querySelector<HTMLSelectElement>('.guided select')!.value).to.equal('hands-free');
    });

    it('runs the guided mode in an internal element of its own, rendered in the card, whose events stay inside it', async () => {
      const card = await fixture<LimberExerciseCard>(
        html`<limber-exercise-card exercise="pelvic-tilt" guided-pace="press"></limber-exercise-card>`,
      );
      const leaked: string[] = [];
      const spy = (event: Event): number => leaked.push(event.type);
      const internal = ['guided-close', 'guided-worse', 'guided-complete'];
      for (const type of internal) document.addEventListener(type, spy, true);
      try {
        await start(card);
        const session = root(card).querySelector('limber-guided-session');
        expect(session, 'the session element, in the card').to.be.an.instanceOf(HTMLElement);
        expect(session?.shadowRoot, 'no shadow root of its own: the card’s parts and styles reach it').to.equal(null);
        expect(part(card, 'guided')?.closest('limber-guided-session')).to.equal(session);
        const stopped = oneEvent(card, 'limber-exercise-stop');
        await press(card, 'Stop');
        expect((await stopped).detail).to.include({ exerciseId: 'pelvic-tilt', reason: 'stopped' });
        await card.updateComplete;
        expect(root(card).querySelector('limber-guided-session'), 'gone once closed').to.equal(null);
        expect(leaked, 'its own events never leave the card').to.deep.equal([]);
      } finally {
        for (const type of internal) document.removeEventListener(type, spy, true);
      }
    });

    it('does not warn when the host sets data just after the element upgrades', async () => {
      const host = await fixture(html`<div></div>`);
      const el = host.appendChild(document.createElement('limber-exercise-card'));
      await el.updateComplete; // first render: nothing configured yet
      el.data = hostExercise;
      await aTimeout(10);
      expect(el.shadowRoot?.querySelector('[part~="name"]')?.textContent).to.equal(hostWallSlide.name);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('warns when neither exercise nor data is set', async () => {
      await fixture(html`<limber-exercise-card></limber-exercise-card>`);
      await aTimeout(10); // missing configuration is reported one task later
      expect(warnings.messages).to.deep.equal([
        '<limber-exercise-card>: set the "exercise" attribute to an exercise id, or the "data" property',
      ]);
    });

    it('lists every problem of malformed data with its path', async () => {
      const bad = { ...hostExercise, dosage: { reps: -2 }, steps: [] } as unknown as Exercise;
      const wrapper = await fixture(
        html`<limber-provider mode="development"><limber-exercise-card .data=${bad}></limber-exercise-card></limber-provider>`,
      );
      const el = wrapper.querySelector('limber-exercise-card') as LimberExerciseCard;
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([
        '<limber-exercise-card>: data.steps: expected at least 1 item(s)',
        '<limber-exercise-card>: data.dosage.reps: expected a positive integer',
      ]);
      expect([...root(el).querySelectorAll('[role="note"] li')].map((li) => li.textContent)).to.deep.equal([
        'data.steps: expected at least 1 item(s)',
        'data.dosage.reps: expected a positive integer',
      ]);
      expect(root(el).querySelector('article')).to.equal(null);
      expect(shownText(el)).to.match(/^\S.*data\.steps: expected at least 1 item\(s\) data\.dosage\.reps: expected a positive integer$/);
    });

    it('survives data that is not an object at all', async () => {
      const el = await fixture<LimberExerciseCard>(
        html`<limber-exercise-card .data=${'oops' as unknown as Exercise}></limber-exercise-card>`,
      );
      expect(warnings.messages).to.deep.equal(['<limber-exercise-card>: data: expected an object, got a string']);
      expect(root(el).querySelector('article')).to.equal(null);
      expect(shownText(el), 'production mode shows nothing').to.equal('');
    });

    it('refuses a javascript: link and a data: video and warns about each', async () => {
      const bad = {
        ...hostExercise,
        steps: ['Read [this](JavaScript:alert(document.domain))'],
        media: { ...hostExercise.media, video: 'data:video/mp4;base64,AAAA' },
      } as Exercise;
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card .data=${bad}></limber-exercise-card>`);
      expect(warnings.messages).to.deep.equal([
        '<limber-exercise-card>: data.steps[0]: link "this" was not rendered as a link: URL scheme "javascript:" is not allowed in "JavaScript:alert(document.domain)"',
        '<limber-exercise-card>: data.media.video: URL scheme "data:" is not allowed in "data:video/mp4;base64,AAAA"',
      ]);
      expect(root(el).querySelectorAll('a[href^="javascript" i], video')).to.have.length(0);
    });

    it('renders hostile strings as text, never as markup', async () => {
      const hostile = {
        ...hostExercise,
        name: '<img src=x onerror="window.__pwned=1">',
        steps: ['<script>window.__pwned=1</script>'],
      } as Exercise;
      const el = await fixture<LimberExerciseCard>(html`<limber-exercise-card .data=${hostile}></limber-exercise-card>`);
      expect(textOf(el, '[part~="name"]')).to.equal('<img src=x onerror="window.__pwned=1">');
      expect(root(el).querySelectorAll('img, script')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
