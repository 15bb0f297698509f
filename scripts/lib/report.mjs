/**
 * The one pass/fail tally every check script uses: a line per check ("ok  …" or "FAIL …"), then
 * "<name>: N passed, M failed" with the failures repeated, and a non-zero exit on any failure.
 * `report(ok, label, detail, { enforced: false })` counts a goal that is shown but does not fail
 * the run (the benchmark's and size script's goals without `--check`). With `quiet`, only failed
 * and missed checks get a line.
 */
export function createReport(name = '', { quiet = false } = {}) {
  let passed = 0;
  const failed = [];
  const missed = [];
  const prefix = name ? `${name}: ` : '';
  return {
    report(ok, label, detail = '', { enforced = true } = {}) {
      const line = `${label}${detail ? ` — ${detail}` : ''}`;
      if (ok) passed += 1;
      else if (enforced) failed.push(line);
      else missed.push(line);
      // Quiet reports (a table already shows each figure) print only what failed or missed.
      if (!ok || !quiet) console.log(`${ok ? 'ok  ' : enforced ? 'FAIL' : 'MISS'} ${line}`);
      return ok;
    },
    /** How many checks failed so far. */
    get failures() {
      return failed.length;
    },
    /** Prints the closing lines; exits non-zero on any enforced failure (unless `exit` is false). */
    finish({ exit = true } = {}) {
      if (missed.length > 0) console.log(`\n${prefix}${missed.length} goal(s) missed (reported only):\n  ${missed.join('\n  ')}`);
      if (failed.length > 0) console.error(`\n${prefix}${failed.length} failed:\n  ${failed.join('\n  ')}`);
      console.log(`${prefix}${passed} passed, ${failed.length} failed`);
      if (exit) process.exit(failed.length === 0 ? 0 : 1);
      return failed.length === 0;
    },
  };
}
