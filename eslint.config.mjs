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
      // Written by the build from the manifest (scripts/lib/react-wrappers.mjs), not committed.
      'src/react/',
      'storybook-static/',
      'test-results/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      'node_modules/',
      'examples/**/node_modules/',
      'examples/angular-portal/.angular/',
      'examples/**/dist/',
      // The reviewed snapshots, written by web-test-runner (--update-snapshots).
      'test/__snapshots__/',
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
    // Nothing in src/ may need 'unsafe-inline' under a strict CSP or parse a string as HTML:
    // styles belong in `static styles`, content reaches the DOM only through Lit bindings.
    files: ['src/**/*.ts'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'off',
      'no-new-func': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/style-map.js', message: 'styleMap needs unsafe-inline under CSP.' },
            { name: 'lit/directives/unsafe-html.js', message: 'No HTML from strings.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'No SVG from strings.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TemplateElement[value.raw=/\\bstyle\\s*=/]', message: 'A style= attribute needs unsafe-inline under CSP.' },
        { selector: 'TemplateElement[value.raw=/<style[\\s>]/i]', message: 'A <style> element in a template: use static styles.' },
        {
          selector: 'Identifier[name=/^(unsafeHTML|unsafeSVG|styleMap)$/]',
          message: 'unsafeHTML, unsafeSVG and styleMap are not allowed in src/.',
        },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'HTML from a string.',
        },
        { selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln)$/]', message: 'HTML from a string.' },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name="style"]',
          message: 'An inline style needs unsafe-inline under CSP.',
        },
        {
          selector: 'CallExpression[callee.property.name="setAttribute"][arguments.0.value="style"]',
          message: 'An inline style needs unsafe-inline under CSP.',
        },
      ],
    },
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
    files: ['test/integration/**/*.mjs', 'test/bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.mocha } },
    rules: { 'no-console': 'off' },
  },
  {
    // The examples' host scripts run in the page.
    files: ['examples/**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
);
