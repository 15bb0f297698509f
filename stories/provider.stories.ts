import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/define.js';
import '../src/components/care-card/define.js';
import '../src/components/exercise-card/define.js';
import { pinchedNerveLowBackEn } from '../content/pinched-nerve-low-back/en.js';
import type { Topic } from '../src/model/index.js';
import { fingerprint } from '../src/content/fingerprint.js';

const meta: Meta = {
  title: 'Elements/Provider',
  component: 'limber-provider',
  parameters: {
    docs: {
      description: {
        component:
          'Settings for every Limber element inside it: here the UK numbers to call, headings from level 2, and development mode, which shows problem notices in the page.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const UkDevelopment: Story = {
  name: 'Region uk, heading base 2, development mode',
  render: () => html`<limber-provider region="uk" heading-base="2" mode="development">
    <limber-care-card level="emergency"></limber-care-card>
    <limber-exercise-card exercise="no-such-exercise"></limber-exercise-card>
  </limber-provider>`,
};

export const UsProduction: Story = {
  name: 'Region us, production mode (no notices)',
  render: () => html`<limber-provider region="us" mode="production">
    <limber-care-card level="emergency"></limber-care-card>
  </limber-provider>`,
};

/** The built-in topic as a host catalog whose next review date has passed. */
const overdue: Topic = {
  ...pinchedNerveLowBackEn,
  dates: { ...pinchedNerveLowBackEn.dates, lastReviewed: '2024-01-15', nextReview: '2024-07-15' },
};

export const DueForReview: Story = {
  name: 'Content due for review (standalone elements say so)',
  parameters: {
    docs: {
      description: {
        story:
          'Once a topic’s `nextReview` date has passed, each element standing on its own says “Due for review since …” above its content (an article says it once, in its header). The dates here are made up for the demonstration.',
      },
    },
  },
  render: () => html`<limber-provider .catalog=${{ topics: [overdue] }}>
    <limber-exercise-card exercise="bridge"></limber-exercise-card>
    <limber-care-card level="emergency"></limber-care-card>
  </limber-provider>`,
};

export const RequireClinicalReview: Story = {
  name: 'require-review="clinical" (built-in content: nothing is reviewed yet)',
  parameters: {
    docs: {
      description: {
        story:
          'With `require-review="clinical"`, each item without a clinical sign-off that matches it gives way to a notice. No clinician has reviewed the built-in content, so only the emergency card shows, saying so: hiding red flags is never safer.',
      },
    },
  },
  render: () => html`<limber-provider require-review="clinical" region="us">
    <limber-care-card level="emergency"></limber-care-card>
    <limber-care-card level="urgent"></limber-care-card>
    <limber-exercise-card exercise="knee-rolls"></limber-exercise-card>
  </limber-provider>`,
};

/** A made-up reviewer and sign-off, to show how a reviewed item reads. Not a real review. */
const demonstration: Topic = {
  ...pinchedNerveLowBackEn,
  review: {
    reviewers: [
      {
        id: 'example-reviewer',
        name: 'Example Reviewer (demonstration only)',
        credentials: 'PT, DPT',
        profession: 'Physical therapist',
        licence: { number: 'EXAMPLE', issuer: 'None: a made-up reviewer' },
        checked: '2027-01-01',
      },
    ],
    signOffs: [
      {
        item: 'exercise bridge',
        scope: 'clinical',
        reviewers: ['example-reviewer'],
        date: '2027-01-10',
        fingerprint: fingerprint(pinchedNerveLowBackEn.exercises.items.find((e) => e.id === 'bridge')),
      },
    ],
  },
};

export const SignedOff: Story = {
  name: 'A signed-off item (made-up reviewer, for demonstration)',
  parameters: {
    docs: {
      description: {
        story:
          'How an item with a clinical sign-off reads: “Reviewed by …” under its provenance line. The reviewer here is made up; the built-in content has no sign-off. Under `require-review="clinical"` only this card would show.',
      },
    },
  },
  render: () => html`<limber-provider .catalog=${{ topics: [demonstration] }} require-review="clinical">
    <limber-exercise-card exercise="bridge" emergency-above></limber-exercise-card>
    <limber-exercise-card exercise="knee-rolls" emergency-above></limber-exercise-card>
  </limber-provider>`,
};
