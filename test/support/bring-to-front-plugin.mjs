// A web-test-runner command, `bring-to-front`: gives the test's page the window's focus (puppeteer's
// bringToFront). `:focus` and `:focus-visible` match only in the focused page, and the runner's
// page for an earlier test file can keep that focus. test/support/dom.ts's focusPage() calls it.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function bringToFrontPlugin() {
  return {
    name: 'bring-to-front',
    async executeCommand({ command, session }) {
      if (command !== 'bring-to-front') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`bring-to-front needs Chromium through puppeteer, not ${session.browser.type}`);
      await session.browser.getPage(session.id).bringToFront();
      return true;
    },
  };
}
