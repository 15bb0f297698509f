import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/exercise-card/define.js';
import '../../src/components/tip/define.js';

const meta: Meta = { title: 'Docs/Theming examples', tags: ['!autodocs'] };
export default meta;

/** Tokens set by a host class (`.acme-benefits` in .storybook/preview.css), nothing else. */
export const AcmeBrand: StoryObj = {
  name: 'Brand theme (host tokens only)',
  render: () => html`<div class="acme-benefits">
    <limber-exercise-card exercise="knee-rolls" compact></limber-exercise-card>
    <limber-tip tip="pre-treat-with-heat"></limber-tip>
  </div>`,
};
