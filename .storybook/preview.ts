import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/themes/light.css';
import '../src/themes/dark.css';
import '../src/themes/high-contrast.css';
import '../src/components/provider/define.js';
// Stories use built-in ids: registered up front, as limber.js does, they render in one pass.
import '../src/content/define-built-in.js';
import manifest from '../dist/custom-elements.json';
import './preview.css';
import { LANGUAGES, PSEUDO_LOCALES } from '../src/locale/languages.js';
import { directionOf } from '../src/locale/language.js';

/** A language's name in itself, capitalised for a menu: "English", "Español". */
const ownName = (code: string): string => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};

// Docs pages (autodocs) read attributes, properties, events, parts and CSS properties from the
// Custom Elements Manifest; `npm start` regenerates it first.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Limber theme file',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Page language (the lang attribute around the story, as a CMS page sets it)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          ...LANGUAGES.map((code) => ({ value: code, title: ownName(code) })),
          ...PSEUDO_LOCALES.map((code) => ({
            value: code,
            title: directionOf(code) === 'rtl' ? 'Pseudo right to left' : 'Pseudo (accented, 40 % longer)',
          })),
        ],
        dynamicTitle: true,
      },
    },
    mode: {
      description: 'Limber mode: development shows problem notices',
      toolbar: {
        title: 'Mode',
        icon: 'alert',
        items: [
          { value: 'development', title: 'Development (notices)' },
          { value: 'production', title: 'Production (no notices)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', mode: 'development', locale: 'en' },
  decorators: [
    // The locale reaches the elements the way it does on a CMS page: through the closest lang.
    (story, context) => html`<div class="limber-canvas" data-limber-theme=${context.globals.theme ?? 'light'}
      lang=${context.globals.locale ?? 'en'} dir=${context.globals.locale === 'ar-XB' ? 'rtl' : 'ltr'}>
      <limber-provider mode=${context.globals.mode ?? 'development'}>${story()}</limber-provider>
    </div>`,
  ],
  parameters: {
    layout: 'padded',
    a11y: { test: 'error' },
    controls: { expanded: true },
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320px)', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone (390px)', styles: { width: '390px', height: '844px' } },
        tablet: { name: 'Tablet (768px)', styles: { width: '768px', height: '1024px' } },
      },
    },
  },
};

export default preview;
