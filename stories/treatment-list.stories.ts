import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/treatment-list/define.js';
import '../src/components/citations/define.js';

const meta: Meta = { title: 'Elements/Treatment list', component: 'limber-treatment-list' };
export default meta;
type Story = StoryObj;

const standard = () => html`<limber-treatment-list topic="pinched-nerve-low-back"></limber-treatment-list>
    <limber-citations topic="pinched-nerve-low-back"></limber-citations>`;

export const Default: Story = { render: standard };
export const WithRecommendations: Story = {
  name: 'With how strongly a guideline recommends each (knee osteoarthritis)',
  render: () => html`<limber-treatment-list topic="knee-osteoarthritis"></limber-treatment-list>`,
};
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const BadUnknownTopic: Story = {
  name: 'Bad input: unknown topic',
  render: () => html`<limber-treatment-list topic="knees"></limber-treatment-list>`,
};
