import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/cta/define.js';

const meta: Meta = { title: 'Elements/Call to action', component: 'limber-cta' };
export default meta;
type Story = StoryObj;

/** The story cancels the event, so a click logs its detail instead of navigating. */
const cancel = (event: CustomEvent): void => {
  event.preventDefault();
  console.log('limber-cta-click', event.detail);
};

const standard = () => html`<limber-cta href="https://example.org/coverage" label="See if you are covered"
    @limber-cta-click=${cancel}></limber-cta>`;

export const Default: Story = { render: standard };
export const Dark: Story = { name: 'Theme: dark', render: standard, globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', render: standard, globals: { theme: 'high-contrast' } };
export const BadNoHref: Story = { name: 'Bad input: no href', render: () => html`<limber-cta></limber-cta>` };
export const BadUnsafeHref: Story = {
  name: 'Bad input: javascript: href',
  render: () => html`<limber-cta href="javascript:alert(1)"></limber-cta>`,
};
