import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { TOPIC_IDS } from '../src/locale/languages.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/exercise-list/define.js';

interface ListArgs {
  topic?: string;
  goal?: string;
  headingLevel?: number;
  compact: boolean;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/Exercise list',
  component: 'limber-exercise-list',
  args: { topic: TOPIC_IDS[0], compact: false },
  argTypes: {
    topic: { control: 'select', options: TOPIC_IDS },
    goal: { control: 'select', options: [undefined, 'nerve-mobility', 'mobility', 'flexibility', 'strength'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: ({ topic, goal, headingLevel, compact }) => html`<limber-exercise-list
    topic=${ifDefined(topic)}
    goal=${ifDefined(goal)}
    heading-level=${ifDefined(headingLevel)}
    ?compact=${compact}
  ></limber-exercise-list>`,
};
export default meta;

type Story = StoryObj<ListArgs>;

export const WholeTopic: Story = {};
export const NerveMobilityOnly: Story = { args: { goal: 'nerve-mobility' } };
export const MobilityOnly: Story = { args: { goal: 'mobility' } };
export const Compact: Story = { args: { compact: true } };
export const ThemeDark: Story = { name: 'Theme: dark', globals: { theme: 'dark' } };
export const ThemeHighContrast: Story = { name: 'Theme: high contrast', globals: { theme: 'high-contrast' } };
export const BadUnknownTopic: Story = { name: 'Bad input: unknown topic', args: { topic: 'knees' } };
export const BadUnknownGoal: Story = { name: 'Bad input: unknown goal', args: { goal: 'cardio' } };
