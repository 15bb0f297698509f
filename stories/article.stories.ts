import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { REGIONS, type Region } from '../src/model/settings.js';
import { TOPIC_IDS } from '../src/locale/languages.js';
import '../src/components/article/define.js';

interface ArticleArgs {
  topic: string;
  headingLevel?: number;
  ctaHref?: string;
  region?: Region;
}

const meta: Meta<ArticleArgs> = {
  title: 'Elements/Article',
  component: 'limber-article',
  args: { topic: TOPIC_IDS[0], ctaHref: 'https://example.org/coverage' },
  argTypes: {
    topic: { control: 'select', options: TOPIC_IDS },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    region: { control: 'select', options: [undefined, ...REGIONS] },
  },
  render: ({ topic, headingLevel, ctaHref, region }) => html`<limber-article topic=${topic}
    heading-level=${ifDefined(headingLevel)} cta-href=${ifDefined(ctaHref)} region=${ifDefined(region)}></limber-article>`,
};
export default meta;
type Story = StoryObj<ArticleArgs>;

export const WholeArticle: Story = { name: 'Whole article' };
export const HeadingLevelOne: Story = { name: 'As the page’s main content (heading-level 1)', args: { headingLevel: 1 } };
export const UkNumbers: Story = { name: 'With uk region', args: { region: 'uk' } };
export const Spanish: Story = {
  name: 'En español (translated, not yet clinically reviewed)',
  args: { region: 'us' },
  globals: { locale: 'es' },
};
export const RightToLeft: Story = { name: 'Pseudo-locale, right to left (ar-XB)', globals: { locale: 'ar-XB' } };
export const Dark: Story = { name: 'Theme: dark', globals: { theme: 'dark' } };
export const HighContrast: Story = { name: 'Theme: high contrast', globals: { theme: 'high-contrast' } };
export const BadUnknownTopic: Story = { name: 'Bad input: unknown topic', args: { topic: 'knees' } };
export const FoundByCode: Story = {
  name: 'Found by diagnosis code (code="icd10cm:M54.16")',
  render: ({ ctaHref }) => html`<limber-article code="icd10cm:M54.16" cta-href=${ifDefined(ctaHref)}></limber-article>`,
};
export const KneeFoundByCode: Story = {
  name: 'Knee osteoarthritis, found by code (code="icd10cm:M17.11"): no source article, so no experts or call to action',
  render: ({ ctaHref }) => html`<limber-article code="icd10cm:M17.11" cta-href=${ifDefined(ctaHref)}></limber-article>`,
};
export const BadUnknownCode: Story = {
  name: 'Bad input: a code no topic answers (low back pain without sciatica, M54.50)',
  render: () => html`<limber-article code="icd10cm:M54.50"></limber-article>`,
};
