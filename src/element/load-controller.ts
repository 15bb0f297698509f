import type { LitElement } from 'lit';
import type { ProblemController } from './problem-controller.js';
import { firstUpdate, served, serverNodes, type Served } from './served.js';

/** A load an element started: whether it has settled, and its promise. */
interface Load {
  settled: boolean;
  readonly done: Promise<void>;
}

/**
 * What an element fetches on first use (a language's UI words, built-in content, the validator, a
 * drawing) and what a pre-rendered element needs before its first update. `updateComplete` waits
 * for every load and the render after it, so tests and hosts see the finished element.
 */
export class LoadController {
  /** The element's loads by key (made on the first). */
  private loads?: Map<string, Load>;
  /** What a pre-rendered element arrived with, until its first update (see `served.ts`). */
  private served?: Served;

  /** `problems` reports a load that failed, or pre-rendered HTML that could not be hydrated. */
  constructor(
    private readonly host: LitElement,
    private readonly problems: () => ProblemController,
  ) {}

  private report(message: string): void {
    this.problems().report(message);
  }

  /**
   * Starts a load (once per element and `key`; the loader shares it across the page) and says
   * whether it has settled. The element renders again when it arrives; a failure is reported.
   */
  load(key: string, load: () => Promise<void>, what: string): boolean {
    this.loads ??= new Map();
    const known = this.loads.get(key);
    if (known) return known.settled;
    const entry: Load = {
      settled: false,
      done: load()
        .catch((error: unknown) => this.report(`${what} could not be loaded (${String(error)})`))
        .then(() => {
          entry.settled = true;
          this.host.requestUpdate();
        }),
    };
    this.loads.set(key, entry);
    return false;
  }

  /** Lit's `updateComplete` (`complete`), then every load and the render after it, until none is left. */
  async settled(complete: () => Promise<boolean>): Promise<boolean> {
    let done = await complete();
    for (let waited = 0; this.loads && waited < this.loads.size;) {
      waited = this.loads.size;
      await Promise.all([...this.loads.values()].map((entry) => entry.done));
      done = await complete();
    }
    return done;
  }

  /** The render root `make` makes, noting the nodes a pre-rendered element arrived with. */
  renderRoot(make: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    const nodes = serverNodes(this.host);
    const root = make();
    this.served = served(this.host, nodes);
    return root;
  }

  /**
   * Before a pre-rendered element's first update: what `needs` names (its words, content, drawing),
   * the server's DOM staying on screen meanwhile, since the hydrating render must match it.
   */
  async beforeFirstUpdate(needs: () => Promise<void>[]): Promise<void> {
    if (!this.host.hasUpdated && this.host.shadowRoot?.firstChild) await Promise.allSettled(needs());
  }

  /** Lit's `update` (`update`): the first of a pre-rendered element hydrates, or replaces the server's DOM in one step. */
  update(update: () => void): void {
    const arrived = this.served;
    this.served = undefined;
    if (arrived) firstUpdate(this.host, arrived, update, (message) => this.report(message));
    else update();
  }
}
