// Types for the TypeScript suites' use of page.mjs.
import type { Page } from 'puppeteer-core';

/** A function, as source text, that returns the deep text of a selector's or an element's shadow root. */
export const DEEP_TEXT: string;
/** Page-side instruments, as source text, installed before any page script. */
export const INSTRUMENT: string;
/** Resolves once every Limber element on the page has rendered. */
export function waitForLimberRendered(page: Page, options?: { timeout?: number }): Promise<unknown>;
/** Opens every emergency-signs `<details>` and waits until each shows its rendered emergency card. */
export function openSignsAndWait(page: Page, options?: { timeout?: number }): Promise<void>;
