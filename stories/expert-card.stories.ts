import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/expert-card/define.js';
import { hostExpert } from '../test/fixtures/host-content.js';

const meta: Meta = { title: 'Elements/Expert card', component: 'limber-expert-card' };
export default meta;
type Story = StoryObj;

const standard = () => html`<limber-expert-card person="cj-morrow"></limber-expert-card>`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const BadUnknownPerson: Story = {
  name: 'Bad input: unknown person',
  render: () => html`<limber-expert-card person="dr-nobody"></limber-expert-card>`,
};
export const HostDataWithPhoto: Story = {
  name: 'Host-supplied data with a photo',
  render: () => html`<limber-expert-card .data=${hostExpert}></limber-expert-card>`,
};
export const BadPhotoUrl: Story = {
  name: 'Bad input: javascript: photo URL in data',
  render: () =>
    html`<limber-expert-card .data=${{
      id: 'host-physio',
      name: 'Sam Rivera',
      credentials: 'PT',
      jobTitle: 'Physical Therapist',
      roles: ['author'],
      bio: 'x',
      photo: { src: 'javascript:alert(1)', alt: 'x' },
    }}></limber-expert-card>`,
};
