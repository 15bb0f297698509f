import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { REGIONS, type Region } from '../src/model/settings.js';
import '../src/components/exercise-card/define.js';
import { hostWallSlide } from '../test/fixtures/host-content.js';
import { pinchedNerveLowBackEn } from '../content/pinched-nerve-low-back/en.js';
import type { Exercise } from '../src/model/index.js';

interface CardArgs {
  exercise?: string;
  headingLevel?: number;
  compact: boolean;
  region?: Region;
  emergencyAbove: boolean;
  data?: Exercise;
}

const ids = pinchedNerveLowBackEn.exercises.items.map((e) => e.id);

const meta: Meta<CardArgs> = {
  title: 'Elements/Exercise card',
  component: 'limber-exercise-card',
  args: { exercise: 'sciatic-nerve-glide', compact: false, emergencyAbove: false },
  argTypes: {
    exercise: { control: 'select', options: ids },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    compact: { control: 'boolean' },
    region: { control: 'select', options: [undefined, ...REGIONS] },
    emergencyAbove: { control: 'boolean' },
    data: { control: 'object' },
  },
  render: ({ exercise, headingLevel, compact, region, emergencyAbove, data }) => html`<limber-exercise-card
    exercise=${ifDefined(exercise)}
    heading-level=${ifDefined(headingLevel)}
    region=${ifDefined(region)}
    ?compact=${compact}
    ?emergency-above=${emergencyAbove}
    .data=${data}
  ></limber-exercise-card>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

export const SciaticNerveSlider: Story = { name: 'Sciatic nerve slider (no sourced dose)' };
export const KneeToChest: Story = { name: 'Knee to chest (dose from the CSP)', args: { exercise: 'knee-to-chest' } };
export const EmergencyLineUs: Story = {
  name: 'Red flags first: every care level before the steps (region us)',
  args: { exercise: 'bridge', region: 'us' },
  parameters: {
    docs: {
      description: {
        story:
          'A catalog exercise opens with the number to call and the emergency card, open; the urgent and non-urgent advice one press away (open “When to see a doctor”); then “Before you start”, the topic’s safety lines.',
      },
    },
  },
};
export const EmergencyAbove: Story = {
  name: 'Where the page shows the emergency signs above (emergency-above)',
  args: { exercise: 'bridge', emergencyAbove: true },
};
export const PiriformisStretch: Story = { args: { exercise: 'piriformis-stretch' } };
export const KneeRolls: Story = { args: { exercise: 'knee-rolls' } };
export const PelvicTiltWithSourcedDose: Story = { name: 'Pelvic tilt (dose from NHS inform)', args: { exercise: 'pelvic-tilt' } };
export const BridgeNoSourcedDose: Story = { name: 'Bridge (no sourced dose)', args: { exercise: 'bridge' } };

export const Compact: Story = { args: { exercise: 'knee-rolls', compact: true } };

export const ThemeLight: Story = { name: 'Theme: light', globals: { theme: 'light' } };
export const ThemeDark: Story = { name: 'Theme: dark', globals: { theme: 'dark' } };
export const ThemeHighContrast: Story = { name: 'Theme: high contrast', globals: { theme: 'high-contrast' } };

const wallSlide = hostWallSlide;

export const HostSuppliedData: Story = {
  name: 'Host-supplied data (with video)',
  args: { exercise: undefined, data: wallSlide },
};

export const BadUnknownId: Story = {
  name: 'Bad input: unknown id',
  args: { exercise: 'no-such-exercise' },
  parameters: { docs: { description: { story: 'Development mode shows the notice; switch Mode to production to see nothing.' } } },
};

export const BadMalformedData: Story = {
  name: 'Bad input: malformed data',
  args: {
    exercise: undefined,
    data: { ...wallSlide, dosage: { reps: -3 }, steps: [] } as unknown as Exercise,
  },
};

export const BadHeadingLevel: Story = {
  name: 'Bad input: heading-level="9"',
  args: { headingLevel: 9 },
};

export const BadUnsafeUrl: Story = {
  name: 'Bad input: javascript: link',
  args: {
    exercise: undefined,
    data: { ...wallSlide, steps: ['Read [this page](javascript:alert(document.cookie)) first.'] },
  },
};

export const ProductionModeHidesProblems: Story = {
  name: 'Bad input in production mode (nothing visible)',
  args: { exercise: 'no-such-exercise' },
  globals: { mode: 'production' },
};
