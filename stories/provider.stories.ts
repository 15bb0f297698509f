import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/context/define.js';
import '../src/components/care-card/define.js';
import '../src/components/exercise-card/define.js';

const meta: Meta = {
  title: 'Elements/Provider',
  component: 'limber-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Settings for every Limber element inside it: here the UK numbers to call, headings from level 2, and development mode, which shows problem notices in the page.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const UkDevelopment: Story = {
  name: 'Region uk, heading base 2, development mode',
  render: () => html`<limber-provider region="uk" heading-base="2" mode="development">
    <limber-care-card level="emergency"></limber-care-card>
    <limber-exercise-card exercise="no-such-exercise"></limber-exercise-card>
  </limber-provider>`,
};

export const UsProduction: Story = {
  name: 'Region us, production mode (no notices)',
  render: () => html`<limber-provider region="us" mode="production">
    <limber-care-card level="emergency"></limber-care-card>
  </limber-provider>`,
};
