import { localeChain } from './chain.js';
import { rerenderAll } from './lang.js';

/**
 * Something Limber holds per locale (UI words), or per locale and topic (built-in topics, keyed
 * `<locale>/<topic>`): each value fetched once per page by its loader, or registered up front by
 * a bundle that carries it (`provide`).
 */
export class PerLocale<T> {
  private readonly values = new Map<string, T>();
  private readonly pending = new Map<string, Promise<void>>();

  /** `initial`: values there from the start (English, in the module that carries it), without a re-render. */
  constructor(
    private readonly loaders: Readonly<Record<string, () => Promise<T>>>,
    initial: Readonly<Record<string, T>> = {},
  ) {
    for (const [tag, value] of Object.entries(initial)) this.values.set(tag, value);
  }

  /** Whether `tag` has a value here or a loader to fetch one. */
  knows(tag: string): boolean {
    return this.values.has(tag) || tag in this.loaders;
  }

  /** The first locale of `locale`'s chain (`es-MX` → `es`, then English) that has a value or a loader. */
  closest(locale: string): string {
    return localeChain(locale).find((tag) => this.knows(tag)) ?? 'en';
  }

  /** The value of `tag`, or undefined while it has not arrived. */
  get(tag: string): T | undefined {
    return this.values.get(tag);
  }

  /** Fetches the value of `tag` (once per page); resolves when it is there, or at once with no loader. */
  load(tag: string): Promise<void> {
    const loader = this.loaders[tag];
    if (this.values.has(tag) || !loader) return Promise.resolve();
    let pending = this.pending.get(tag);
    if (!pending) {
      pending = loader().then((value) => void this.values.set(tag, value));
      this.pending.set(tag, pending);
    }
    return pending;
  }

  /** Registers the value of `tag` now, and re-renders the elements that were waiting for it. */
  provide(tag: string, value: T): void {
    this.values.set(tag, value);
    rerenderAll();
  }
}
