import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/topic-index/define.js';

const meta: Meta = {
  title: 'Elements/Topic index',
  component: 'limber-topic-index',
  args: { hrefTemplate: '/health/{topic}' },
  render: ({ hrefTemplate }) => html`<limber-topic-index href-template=${hrefTemplate as string}></limber-topic-index>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};
export const Spanish: Story = {
  name: 'Spanish',
  render: () => html`<div lang="es"><limber-topic-index href-template="/salud/{topic}"></limber-topic-index></div>`,
};
export const Dark: Story = { name: 'Theme: dark', globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', globals: { theme: 'high-contrast' } };
export const BadTemplate: Story = {
  name: 'Bad input: a template the URL policy refuses (topics listed without links)',
  args: { hrefTemplate: 'javascript:alert({topic})' },
};
