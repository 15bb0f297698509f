import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/causes/define.js';
import '../src/components/treatment-list/define.js';
import '../src/components/citations/define.js';

const meta: Meta = {
  title: 'Elements/Sections',
  parameters: { docs: { description: { component: 'Sections of the topic that a CMS editor can place one by one.' } } },
};
export default meta;
type Story = StoryObj;

export const Causes: Story = {
  parameters: { docs: { description: { story: '`<limber-causes>`: the causes with the reassurance and its citation.' } } },
  render: () => html`<limber-causes topic="pinched-nerve-low-back"></limber-causes>
    <limber-citations topic="pinched-nerve-low-back"></limber-citations>`,
};
export const TreatmentList: Story = {
  name: 'Treatment list',
  render: () => html`<limber-treatment-list topic="pinched-nerve-low-back"></limber-treatment-list>
    <limber-citations topic="pinched-nerve-low-back"></limber-citations>`,
};
export const Citations: Story = {
  render: () => html`<limber-citations topic="pinched-nerve-low-back"></limber-citations>`,
};
export const CausesDark: Story = { name: 'Causes (theme: dark)', ...Causes, globals: { theme: 'dark' } };
export const TreatmentsHighContrast: Story = { name: 'Treatment list (theme: high contrast)', ...TreatmentList, globals: { theme: 'high-contrast' } };
export const BadUnknownTopic: Story = {
  name: 'Bad input: unknown topic',
  render: () => html`<limber-causes topic="knees"></limber-causes><limber-treatment-list topic="knees"></limber-treatment-list>`,
};
