import type * as Fingerprint from './fingerprint.js';

/**
 * The fingerprint function, fetched the first time content with sign-offs is shown. Built-in
 * content has none (no clinician has reviewed it), so most pages never load it.
 */
let loaded: typeof Fingerprint.fingerprint | undefined;
let loading: Promise<void> | undefined;

/** The fingerprint function, or undefined while it has not been loaded. */
export function loadedFingerprint(): typeof Fingerprint.fingerprint | undefined {
  return loaded;
}

/** Loads the fingerprint function (once per page); resolves when it is there. */
export function loadFingerprint(): Promise<void> {
  loading ??= import('./fingerprint.js').then((module) => void (loaded = module.fingerprint));
  return loading;
}
