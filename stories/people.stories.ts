import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/expert-card/define.js';
import '../src/components/expert-list/define.js';
import '../src/components/cta/define.js';

const meta: Meta = { title: 'Elements/People and call to action' };
export default meta;
type Story = StoryObj;

export const ExpertCard: Story = { name: 'Expert card', render: () => html`<limber-expert-card person="cj-morrow"></limber-expert-card>` };
export const ExpertList: Story = { name: 'Expert list', render: () => html`<limber-expert-list topic="pinched-nerve-low-back"></limber-expert-list>` };
export const Reviewers: Story = {
  name: 'Expert list: medical reviewers only',
  render: () => html`<limber-expert-list topic="pinched-nerve-low-back" expert-role="medical-reviewer"></limber-expert-list>`,
};
export const ExpertListDark: Story = { name: 'Expert list (theme: dark)', ...ExpertList, globals: { theme: 'dark' } };
export const CallToAction: Story = {
  name: 'Call to action',
  render: () => html`<limber-cta href="https://example.org/coverage" label="See if you are covered"
    @limber-cta-click=${(event: CustomEvent) => { event.preventDefault(); console.log('limber-cta-click', event.detail); }}></limber-cta>`,
  parameters: { docs: { description: { story: 'The story cancels `limber-cta-click`, so clicking logs the detail instead of navigating.' } } },
};
export const BadUnknownPerson: Story = { name: 'Bad input: unknown person', render: () => html`<limber-expert-card person="dr-nobody"></limber-expert-card>` };
export const BadUnsafeCtaHref: Story = {
  name: 'Bad input: javascript: CTA href',
  render: () => html`<limber-cta href="javascript:alert(1)"></limber-cta>`,
};
