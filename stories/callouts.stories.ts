import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/tip/define.js';
import '../src/components/care-card/define.js';
import '../src/components/disclaimer/define.js';
import '../src/components/citations/define.js';

interface CareArgs {
  level: string;
  region?: string;
}

const meta: Meta<CareArgs> = {
  title: 'Elements/Callouts',
  args: { level: 'emergency', region: undefined },
  argTypes: {
    level: { control: 'select', options: ['non-urgent', 'urgent', 'emergency'] },
    region: { control: 'select', options: [undefined, 'us', 'uk'] },
  },
};
export default meta;
type Story = StoryObj<CareArgs>;

const care = ({ level, region }: CareArgs) => html`<limber-care-card level=${level} region=${ifDefined(region)}></limber-care-card>`;

export const Tip: Story = { render: () => html`<limber-tip tip="pre-treat-with-heat"></limber-tip>` };
export const CareNonUrgent: Story = { name: 'Care card: non-urgent', args: { level: 'non-urgent' }, render: care };
export const CareUrgentUk: Story = { name: 'Care card: urgent (uk)', args: { level: 'urgent', region: 'uk' }, render: care };
export const CareEmergency: Story = { name: 'Care card: emergency (no region)', render: care };
export const CareEmergencyUs: Story = { name: 'Care card: emergency (us)', args: { region: 'us' }, render: care };
export const CareEmergencyDark: Story = { name: 'Care card: emergency (theme: dark)', render: care, globals: { theme: 'dark' } };
export const CareEmergencyHighContrast: Story = { name: 'Care card: emergency (theme: high contrast)', render: care, globals: { theme: 'high-contrast' } };
export const DisclaimerArticle: Story = { name: 'Disclaimer: article', render: () => html`<limber-disclaimer kind="article"></limber-disclaimer>` };
export const DisclaimerVideoBanner: Story = { name: 'Disclaimer: video, banner', render: () => html`<limber-disclaimer kind="video" variant="banner"></limber-disclaimer>` };
export const DisclaimerDismissible: Story = { name: 'Disclaimer: medicine, dismissible', render: () => html`<limber-disclaimer kind="medicine" dismissible></limber-disclaimer>` };
export const BadCareLevel: Story = { name: 'Bad input: care level "soon"', args: { level: 'soon' }, render: care };
export const BadTip: Story = { name: 'Bad input: unknown tip', render: () => html`<limber-tip tip="ice-baths"></limber-tip>` };
