import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/citations/define.js';

const meta: Meta = { title: 'Elements/Citations', component: 'limber-citations' };
export default meta;
type Story = StoryObj;

const standard = () => html`<limber-citations topic="pinched-nerve-low-back"></limber-citations>`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const BadUnknownTopic: Story = {
  name: 'Bad input: unknown topic',
  render: () => html`<limber-citations topic="knees"></limber-citations>`,
};
