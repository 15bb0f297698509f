/** A pass/fail tally for check scripts: one line per check, then "N passed, M failed". */
export function createReport() {
  let passed = 0;
  let failed = 0;
  return {
    report(ok, label, detail = '') {
      if (ok) passed += 1;
      else failed += 1;
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ` — ${detail}` : ''}`);
    },
    /** Prints the closing line and exits non-zero on any failure. */
    finish() {
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed === 0 ? 0 : 1);
    },
  };
}
