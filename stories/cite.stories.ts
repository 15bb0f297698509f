import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cite/define.js';
import '../src/components/citations/define.js';

const meta: Meta = { title: 'Elements/Cite', component: 'limber-cite' };
export default meta;
type Story = StoryObj;

const standard =
  () => html`<p>Scans often show disc changes in people with no symptoms<limber-cite ref="romeo-2019-spine"></limber-cite>.</p>
    <limber-citations topic="pinched-nerve-low-back"></limber-citations>`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const BadUnknownRef: Story = {
  name: 'Bad input: unknown reference',
  render: () => html`<p>A claim<limber-cite ref="made-up-2024"></limber-cite>.</p>`,
};
