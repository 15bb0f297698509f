import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/limber.js';
import { defineEmbedBuilder } from './builder/embed-builder.js';

defineEmbedBuilder();

/**
 * For CMS editors: pick what to embed, see it live, copy the script and tag or the pre-rendered
 * HTML (no layout shift, visible without JavaScript) with the Content-Security-Policy it needs.
 * The snippets come from dist/prerendered/, which `npm run build` (and `npm start`) writes.
 */
const meta: Meta = {
  title: 'Embed builder',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

export const EmbedBuilder: StoryObj = { name: 'Embed builder', render: () => html`<embed-builder></embed-builder>` };
