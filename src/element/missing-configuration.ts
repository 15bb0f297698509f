/**
 * Missing configuration ("set the … attribute") is reported only if it is still missing once the
 * page has loaded (every deferred host script has run) and one more task has passed: hosts often
 * set `data` or an attribute just after the element upgrades.
 */
export class MissingConfiguration {
  /** Messages waiting for the page and one task, and those whose wait is over. */
  private readonly pending = new Set<string>();
  private readonly due = new Set<string>();

  /** `rerender` is asked for when a wait ends, so the element checks its configuration again. */
  constructor(private readonly rerender: () => void) {}

  /** True when `message` should be reported now; otherwise its wait is started (once). */
  isDue(message: string): boolean {
    if (this.due.has(message)) return true;
    if (this.pending.has(message)) return false;
    this.pending.add(message);
    const check = (): void => {
      setTimeout(() => {
        this.pending.delete(message);
        // Re-render: if the host has configured the element by now, nothing reports it again.
        this.due.add(message);
        this.rerender();
      }, 0);
    };
    if (document.readyState === 'complete') check();
    else window.addEventListener('load', check, { once: true });
    return false;
  }
}
