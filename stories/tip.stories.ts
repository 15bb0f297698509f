import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/tip/define.js';

const meta: Meta = { title: 'Elements/Tip', component: 'limber-tip' };
export default meta;
type Story = StoryObj;

const standard = () => html`<limber-tip tip="pre-treat-with-heat"></limber-tip>`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const BadUnknownTip: Story = { name: 'Bad input: unknown tip', render: () => html`<limber-tip tip="ice-baths"></limber-tip>` };
