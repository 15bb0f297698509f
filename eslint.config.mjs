// Lint for Limber: typescript-eslint, Lit template rules (eslint-plugin-lit) and custom-element
// rules (eslint-plugin-wc). Formatting is Prettier's (`npm run format`); lit-analyzer checks
// template binding types (`npm run lint` runs all three, with zero warnings allowed).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'test-results/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      'node_modules/',
      'examples/**/node_modules/',
      'examples/angular-portal/.angular/',
      'examples/**/dist/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Tests and stories may log what they measured; chai's property assertions (`.to.exist`) are expressions.
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    // Build and check scripts run in Node and report to the console.
    files: ['scripts/**/*.mjs', 'test/support/*.mjs', '*.mjs', '.storybook/**/*'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    // The integration suites written in JavaScript (their page-side functions must reach Chromium as written).
    files: ['test/integration/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.mocha } },
    rules: { 'no-console': 'off' },
  },
  {
    // The examples' host scripts run in the page.
    files: ['examples/**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
);
