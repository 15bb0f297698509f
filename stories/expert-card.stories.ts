import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/expert-card/define.js';

const meta: Meta = { title: 'Elements/Expert card', component: 'limber-expert-card' };
export default meta;
type Story = StoryObj;

const standard = () => html`<limber-expert-card person="cj-morrow"></limber-expert-card>`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const BadUnknownPerson: Story = { name: 'Bad input: unknown person', render: () => html`<limber-expert-card person="dr-nobody"></limber-expert-card>` };
