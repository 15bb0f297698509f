/**
 * Where an element's language comes from when no provider sets `locale`: the closest `lang`
 * attribute on the element or an ancestor, crossing shadow roots, which reaches `<html lang>`;
 * else English. One observer for the whole page re-renders every watching element when a `lang`
 * attribute changes (as Shoelace's localize controller does), instead of one per element.
 */

/** The closest `lang` on `el` or an ancestor, across shadow roots; undefined when there is none. */
export function closestLang(el: Element): string | undefined {
  // Server-side rendering has no tree to walk: the element's own `lang` (a pre-rendered snippet
  // carries it), else the language the renderer set for the snippet (`setServerLang`), which the
  // elements nested in its shadow roots need; the page's language applies when they upgrade.
  if (typeof el.closest !== 'function') return el.getAttribute('lang')?.trim() || serverLang;
  let node: Element | undefined = el;
  while (node) {
    const found = node.closest('[lang]')?.getAttribute('lang')?.trim();
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

let serverLang: string | undefined;

/** Server-side rendering only: the language of the snippet being rendered, or undefined after it. */
export function setServerLang(lang: string | undefined): void {
  serverLang = lang;
}

/** Something that re-renders when asked. */
interface Watcher {
  requestUpdate(): void;
}

const watchers = new Set<Watcher>();
let observer: MutationObserver | undefined;

/** Re-renders `watcher` whenever any `lang` attribute in the document changes, until `unwatchLang`. */
export function watchLang(watcher: Watcher): void {
  watchers.add(watcher);
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(rerenderAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** Stops re-rendering `watcher` on `lang` changes. */
export function unwatchLang(watcher: Watcher): void {
  watchers.delete(watcher);
}

/**
 * Re-renders every watching element: when a `lang` changes, and when words or content of a
 * language are registered (`limber-es.js` loaded by its own script tag), so elements waiting for
 * them render in the same task, before the page paints.
 */
export function rerenderAll(): void {
  for (const each of watchers) each.requestUpdate();
}
