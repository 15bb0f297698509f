/** DOM helpers shared by the browser tests (each was once written in several files). */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { shownText as deepShownText } from './shown-text.mjs';

/**
 * Gives this test's page the window's focus (test/support/bring-to-front-plugin.mjs). `:focus` and
 * `:focus-visible` match only there, and the page of an earlier file may still have it.
 */
export async function focusPage(): Promise<void> {
  await executeServerCommand('bring-to-front');
}

/** Presses `key` on the keyboard, with Shift held when `shift` (Shift+Tab goes backwards). */
export async function pressKey(key: string, shift = false): Promise<void> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
}

/** An element's open shadow root (every Limber element has one). */
export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

/** Text with runs of white space made one space and trimmed, as a reader hears it. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element below `node`, descending into each open shadow root as it is met. */
export function* deep(node: ParentNode): Generator<Element> {
  for (const el of node.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** The focused element, followed through shadow roots to the innermost one. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Waits until every Limber element below `node` (and `node` itself) has rendered, pass after
 * pass, since each render can add more elements (an article renders sections, which render cites).
 */
export async function settled(node: ParentNode, passes = 6): Promise<void> {
  for (let pass = 0; pass < passes; pass += 1) {
    const elements = [...(node instanceof Element ? [node] : []), ...deep(node)];
    const limber = elements.filter(
      (el): el is Element & { updateComplete: Promise<unknown> } => el.localName.startsWith('limber-') && 'updateComplete' in el,
    );
    await Promise.all(limber.map((el) => el.updateComplete));
  }
}

/** Elements below `node` (through shadow roots) whose right edge passes `width`, named for a report. */
export function overflowing(node: ParentNode, width: number): string[] {
  return [...deep(node)]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5)
    .map((el) => el.localName + (el.className ? `.${el.className}` : ''));
}

/** The first element of `el`'s shadow root with the part `name`. */
export function part(el: Element, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** The squashed text of the first match of `selector` in `el`'s shadow root ('' when none). */
export function textOf(el: Element, selector: string): string {
  return squash(root(el).querySelector(selector)?.textContent);
}

/** The button of `el`'s shadow root whose text is `name`. */
export function buttonNamed(el: Element, name: string): HTMLButtonElement | undefined {
  return [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((button) => squash(button.textContent) === name);
}

/** Everything `el` shows in its shadow root, nested shadow roots included and styles left out, squashed: '' when it shows nothing. */
export function shownText(el: Element): string {
  return deepShownText(root(el));
}
