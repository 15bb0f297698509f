import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/care-card/define.js';

const meta: Meta = { title: 'Elements/Care card', component: 'limber-care-card' };
export default meta;
type Story = StoryObj;

const standard = () => html`<limber-care-card level="emergency"></limber-care-card>`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const NonUrgent: Story = { name: 'Non-urgent', render: () => html`<limber-care-card level="non-urgent"></limber-care-card>` };
export const UrgentUk: Story = {
  name: 'Urgent (region uk: NHS 111)',
  render: () => html`<limber-care-card level="urgent" region="uk"></limber-care-card>`,
};
export const UrgentAu: Story = {
  name: 'Urgent (region au: healthdirect)',
  render: () => html`<limber-care-card level="urgent" region="au"></limber-care-card>`,
};
export const EmergencyUs: Story = {
  name: 'Emergency (region us: 911)',
  render: () => html`<limber-care-card level="emergency" region="us"></limber-care-card>`,
};
export const BadLevel: Story = { name: 'Bad input: level "soon"', render: () => html`<limber-care-card level="soon"></limber-care-card>` };
