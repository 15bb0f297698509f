import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/expert-list/define.js';

const meta: Meta = { title: 'Elements/Expert list', component: 'limber-expert-list' };
export default meta;
type Story = StoryObj;

const standard = () => html`<limber-expert-list topic="pinched-nerve-low-back"></limber-expert-list>`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const MedicalReviewers: Story = {
  name: 'Medical reviewers only (expert-role)',
  render: () => html`<limber-expert-list topic="pinched-nerve-low-back" expert-role="medical-reviewer"></limber-expert-list>`,
};
export const BadRole: Story = {
  name: 'Bad input: expert-role "surgeon"',
  render: () => html`<limber-expert-list topic="pinched-nerve-low-back" expert-role="surgeon"></limber-expert-list>`,
};
