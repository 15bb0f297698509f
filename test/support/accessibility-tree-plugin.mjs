// A web-test-runner command, `accessibility-tree`: Chromium's own accessibility tree (through
// puppeteer, the tree a screen reader is given) below the element a selector names, every node
// kept. test/support/spoken.ts reads it aloud for test/spoken.test.ts. (A virtual screen reader
// library that walks the DOM itself cannot cross shadow roots: @guidepup/virtual-screen-reader
// 0.33 reads every Limber element as "document".)

/** @returns {import('@web/test-runner').TestRunnerPlugin<{ selector: string }>} */
export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`accessibility-tree needs Chromium through puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const root = await page.$(payload.selector);
      if (!root) throw new Error(`accessibility-tree: nothing matches ${payload.selector}`);
      return page.accessibility.snapshot({ root, interestingOnly: false });
    },
  };
}
