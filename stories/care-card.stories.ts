import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/care-card/define.js';
import '../src/components/provider/define.js';
import type { CareOption } from '../src/model/index.js';

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

const PLAN_OPTIONS: CareOption[] = [
  {
    kind: 'nurse-line',
    label: 'Call the 24/7 nurse line: 1-800-555-0100',
    href: 'tel:+1-800-555-0100',
    hours: 'Every day, day and night',
    languages: 'English, Spanish',
    levels: ['non-urgent', 'urgent'],
  },
  { kind: 'telehealth', label: 'Book a video visit', href: 'https://plan.example/visits', levels: ['urgent'] },
];
export const CareOptionsFromProvider: Story = {
  name: "Care options from the host's plan (provider careOptions)",
  render: () => html`<limber-provider .careOptions=${PLAN_OPTIONS}>
    <limber-care-card level="urgent"></limber-care-card>
    <limber-care-card level="emergency"></limber-care-card>
  </limber-provider>`,
};
export const CareOptionsSlotted: Story = {
  name: "The page's own care options (slotted markup, as the builder writes it)",
  render: () => html`<limber-care-card level="non-urgent">
    <div slot="care-non-urgent">
      <p>Your health plan or employer also offers this care. It does not come from the sources on this page.</p>
      <ul>
        <li><a href="https://plan.example/physio" data-kind="physical-therapy">Start virtual physical therapy</a> Physical therapy.</li>
      </ul>
    </div>
  </limber-care-card>`,
};
