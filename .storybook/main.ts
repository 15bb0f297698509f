import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [
    { from: '../stories/assets', to: '/assets' },
    // The embed builder's snippets: `npm start` and `npm run build-storybook` write them first.
    { from: '../dist/prerendered', to: '/prerendered' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
