import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/lib/chromium.mjs';
import { contentTestServer } from './test/support/content-server.mjs';
import { buildMinifier } from './test/support/build-minifier.mjs';
import { accessibilityTreePlugin } from './test/support/accessibility-tree-plugin.mjs';
import { bringToFrontPlugin } from './test/support/bring-to-front-plugin.mjs';
import { prerenderedServer } from './test/support/prerendered-server.mjs';
import { resultsReporter } from './test/support/results-reporter.mjs';

// The scripts' Chromium finder (CHROME_PATH, Debian's, or one on the PATH). No browser is ever downloaded.
const executablePath = findChromium();

export default {
  // test/node/ runs in Node instead (npm run check -- node, mocha), and test/integration/ too (npm run check -- languages).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/integration/**'],
  nodeResolve: true,
  // One test file at a time: with two, the backgrounded page starved on a busy 2-core machine
  // (axe waited forever). The suite takes about 30 s this way.
  concurrency: 1,
  testsFinishTimeout: 120_000,
  // Staged HTTP responses for the <limber-provider src> tests (test/remote-content.test.ts), and
  // dist/prerendered/ rendered from the source as the server starts.
  middleware: [contentTestServer(), prerenderedServer()],
  // buildMinifier: the build's template minifier as a test command (test/minify-css.test.ts);
  // accessibilityTreePlugin: Chromium's accessibility tree, which test/spoken.test.ts reads aloud;
  // bringToFrontPlugin: the window's focus for a test's page, so :focus matches there.
  // The usual console reporter, and test-results/elements.json for the accessibility report.
  reporters: [defaultReporter(), resultsReporter()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    buildMinifier(),
    accessibilityTreePlugin(),
    bringToFrontPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          ...CHROMIUM_ARGS,
          // Pages must not have their timers throttled while another is in front.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  // Lit's dev build runs in tests for its extra checks; its one-line banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
};
