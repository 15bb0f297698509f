// mocha's dot reporter, which also writes what every Node test did to test-results/node.json (file,
// full title joined by " › ", outcome), as test/support/results-reporter.mjs does for the Chromium
// tests. The accessibility report reads both. CommonJS because mocha loads reporters with require.
/* global require, module, process */
/* eslint-disable @typescript-eslint/no-require-imports -- mocha loads a reporter with require() only */
'use strict';
const { mkdirSync, writeFileSync } = require('node:fs');
const { relative } = require('node:path');
const { reporters, Runner } = require('mocha');

const RESULTS_FILE = 'test-results/node.json';

function titles(test) {
  const path = [];
  for (let node = test; node && !node.root; node = node.parent) if (node.title) path.unshift(node.title);
  return path.join(' › ');
}

class ResultsReporter extends reporters.Dot {
  constructor(runner, options) {
    super(runner, options);
    const byFile = new Map();
    const record = (test, passed) => {
      const file = test.file ? relative(process.cwd(), test.file) : '(unknown)';
      if (!byFile.has(file)) byFile.set(file, { file, loaded: true, tests: [] });
      byFile.get(file).tests.push({ title: titles(test), passed });
    };
    runner.on(Runner.constants.EVENT_TEST_PASS, (test) => record(test, true));
    runner.on(Runner.constants.EVENT_TEST_FAIL, (test) => record(test, false));
    runner.once(Runner.constants.EVENT_RUN_END, () => {
      mkdirSync('test-results', { recursive: true });
      const files = [...byFile.values()];
      writeFileSync(RESULTS_FILE, `${JSON.stringify({ finished: new Date().toISOString(), files }, null, 1)}\n`);
    });
  }
}

module.exports = ResultsReporter;
