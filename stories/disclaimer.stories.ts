import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/disclaimer/define.js';

const meta: Meta = { title: 'Elements/Disclaimer', component: 'limber-disclaimer' };
export default meta;
type Story = StoryObj;

const standard = () => html`<limber-disclaimer kind="article"></limber-disclaimer>`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const VideoBanner: Story = {
  name: 'Video, banner',
  render: () => html`<limber-disclaimer kind="video" variant="banner"></limber-disclaimer>`,
};
export const MedicineDismissible: Story = {
  name: 'Medicine, dismissible',
  render: () => html`<limber-disclaimer kind="medicine" dismissible></limber-disclaimer>`,
};
export const ExerciseLimbersOwn: Story = {
  name: 'Exercise (Limber’s own words)',
  render: () => html`<limber-disclaimer kind="exercise"></limber-disclaimer>`,
};
export const BadKind: Story = { name: 'Bad input: kind "legal"', render: () => html`<limber-disclaimer kind="legal"></limber-disclaimer>` };
