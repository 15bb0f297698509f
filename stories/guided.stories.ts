import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/exercise-card/define.js';
import type { LimberExerciseCard } from '../src/components/exercise-card/exercise-card.js';
import type { Exercise } from '../src/model/index.js';
import { hostWallSlide } from '../test/fixtures/host-content.js';

/**
 * The exercise card's figure and guided mode, state by state. Each story's play function presses
 * the card's own buttons (by role in the card, not by their words, so it works in every locale
 * of the toolbar) and marks the page when the state is reached, for `npm run check -- storybook`.
 */
interface Args {
  exercise?: string;
  data?: Exercise;
  remember: boolean;
}

const meta: Meta<Args> = {
  title: 'Guided mode/Exercise card',
  component: 'limber-exercise-card',
  args: { exercise: 'knee-rolls', remember: false },
  render: ({ exercise, data, remember }) =>
    html`<limber-exercise-card exercise=${ifDefined(exercise)} .data=${data} ?remember=${remember}></limber-exercise-card>`,
};
export default meta;
type Story = StoryObj<Args>;

async function card(canvas: HTMLElement): Promise<LimberExerciseCard> {
  const el = canvas.querySelector<LimberExerciseCard>('limber-exercise-card');
  if (!el) throw new Error('no card');
  await el.updateComplete;
  return el;
}
async function press(el: LimberExerciseCard, selector: string): Promise<void> {
  for (let tries = 0; tries < 100 && !el.shadowRoot?.querySelector(selector); tries += 1) await new Promise((r) => setTimeout(r, 50));
  el.shadowRoot?.querySelector<HTMLButtonElement>(selector)?.click();
  await el.updateComplete;
}
const reached = (): void => void (document.documentElement.dataset.limberPlayed = 'true');
const start = (el: LimberExerciseCard) => press(el, '.start-guided');

const oneRep: Exercise = { ...hostWallSlide, media: undefined, dosage: { reps: 1 } };
const withRest: Exercise = { ...hostWallSlide, media: undefined, dosage: { reps: 1, sets: 2, restSeconds: 30 } };

export const Figure: Story = { name: 'Figure with play control (not under reduced motion)', play: () => reached() };

/** The three cameras a figure can use, each with an arrow on every step. */
export const Cameras: Story = {
  name: 'Figures from each camera: the side, three-quarter, from the feet',
  render: () =>
    html`<limber-exercise-card exercise="bridge" compact></limber-exercise-card>
      <limber-exercise-card exercise="piriformis-stretch" compact></limber-exercise-card>
      <limber-exercise-card exercise="knee-rolls" compact></limber-exercise-card>`,
  play: () => reached(),
};

/** A play function: Start, then press these controls of the guided panel in turn. */
const afterStart =
  (...controls: string[]): Story['play'] =>
  async ({ canvasElement }) => {
    const el = await card(canvasElement);
    await start(el);
    for (const control of controls) await press(el, control);
    reached();
  };
const PRIMARY = '.guided .primary';
const PAUSE = '.guided-controls button:nth-child(3)';

export const Ready: Story = { name: 'Guided: step 1, ready to hold', play: afterStart() };
export const Holding: Story = { name: 'Guided: a hold counting down', play: afterStart(PRIMARY) };
export const Paused: Story = { name: 'Guided: paused', play: afterStart(PRIMARY, PAUSE) };
/** A card whose source gives no dose has no guided mode: it says to ask how much to do. */
export const NoDose: Story = {
  name: 'No sourced dose: no guided mode, and what to do instead',
  args: { exercise: 'sciatic-nerve-glide' },
  play: () => reached(),
};
export const Rest: Story = {
  name: 'Guided: rest between sets (host data)',
  args: { exercise: undefined, data: withRest },
  play: afterStart(PRIMARY, PRIMARY),
};
export const Complete: Story = {
  name: 'Guided: complete (host data, one repetition)',
  args: { exercise: undefined, data: oneRep },
  play: afterStart(PRIMARY, PRIMARY),
};

export const Remembered: Story = {
  name: 'Remembered progress (remember)',
  args: { exercise: 'pelvic-tilt', remember: true },
  play: () => reached(),
};
