import type { Browser } from 'puppeteer-core';

/** `CHROME_PATH`, else Debian's Chromium, else one on the PATH; undefined when there is none. */
export function findChromium(): string | undefined;
/** The flags Chromium needs on this kind of machine. */
export const CHROMIUM_ARGS: readonly string[];
/** Headless Chromium started as this machine needs it; `protocolTimeout` (ms) for a page call that runs long on purpose. */
export function launchChromium(options?: { extraArgs?: readonly string[]; protocolTimeout?: number }): Promise<Browser>;
