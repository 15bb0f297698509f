/**
 * Content packages fetched from a URL for `<limber-provider src>`: fetched with the page's HTTP
 * cache, capped in size and time, checked against an optional integrity hash, validated like
 * host `data`, and checked to be the topic and locale its URL names. Any failure is one plain
 * sentence; nothing throws. A chunk of its own, fetched only by a provider with `src`.
 */
import type { ContentPackage, Topic } from '../../model/index.js';
import { loadValidators, loadedValidators, type Validators } from '../../content/validators.js';
import type { ContentUpdateDetail } from './content-update.js';
import { loadMessages, messagesFor } from '../../i18n/registry.js';
import { closestLang } from '../../locale/lang.js';
import { sameLanguage } from '../../locale/language.js';
import { formatProblem } from '../../content/validation/result.js';
import { checkUrl } from '../../content/urls.js';

/** The largest package Limber reads (1 MiB); the built-in English one is about 24 KB. */
export const MAX_PACKAGE_BYTES = 1_048_576;

/** How long a package may take to arrive, whole, before it is given up (milliseconds). */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** One package to fetch. */
export interface RemoteSource {
  readonly url: string;
  /** `sha256-…`, `sha384-…` or `sha512-…` (base64), as in Subresource Integrity. */
  readonly integrity?: string;
}

export interface FetchOptions {
  readonly timeout: number;
  readonly cache: RequestCache;
  readonly signal: AbortSignal;
}

export type RemoteResult =
  | { readonly ok: true; readonly url: string; readonly topic: Topic; readonly version: string; readonly summary: string }
  | { readonly ok: false; readonly url: string; readonly problem: string };

const INTEGRITY = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/;
/** The path a package is served at: `…/<topic-id>/<locale>.json`. */
const PACKAGE_PATH = /\/([A-Za-z0-9][A-Za-z0-9._-]*)\/([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\.json$/;

class Refused extends Error {}

/** The topic id and locale a package URL names, or a reason it names none. */
export function namedBy(url: string): { readonly topic: string; readonly locale: string } | string {
  const checked = checkUrl(url, 'media');
  if (!checked.ok) return checked.reason;
  const match = PACKAGE_PATH.exec(new URL(checked.url, document.baseURI).pathname);
  return match ? { topic: match[1] ?? '', locale: match[2] ?? '' } : 'its path must end in /<topic-id>/<locale>.json';
}

/** The body, read no further than `MAX_PACKAGE_BYTES`. */
async function readCapped(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_PACKAGE_BYTES) throw new Refused(`it is ${declared} bytes, over the ${MAX_PACKAGE_BYTES}-byte limit`);
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
    size += part.value.byteLength;
    if (size > MAX_PACKAGE_BYTES) {
      await reader?.cancel();
      throw new Refused(`it is over the ${MAX_PACKAGE_BYTES}-byte limit`);
    }
    chunks.push(part.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Checks `bytes` against an SRI-style `integrity` value. */
async function checkIntegrity(bytes: Uint8Array, integrity: string): Promise<void> {
  const match = INTEGRITY.exec(integrity);
  if (!match) throw new Refused(`integrity "${integrity}" is not sha256-, sha384- or sha512- followed by base64`);
  if (!globalThis.crypto?.subtle) throw new Refused('integrity cannot be checked on a page served without HTTPS');
  const algorithm = `SHA-${match[1]?.slice(3) ?? ''}`;
  const digest = new Uint8Array(await crypto.subtle.digest(algorithm, bytes as BufferSource));
  const actual = btoa(String.fromCharCode(...digest));
  if (actual !== match[2]) throw new Refused(`its ${match[1]} digest is ${actual}, not the integrity value given`);
}

/** What went wrong, in words, from an error fetch or reading threw. */
function reasonOf(error: unknown, signal: AbortSignal, timedOut: boolean): string {
  if (error instanceof Refused) return error.message;
  if (timedOut) return 'it did not arrive in time';
  if (signal.aborted) return 'the request was cancelled';
  return `it could not be fetched (${error instanceof Error ? error.message : String(error)})`;
}

/**
 * Fetches, checks and validates one package. Resolves with its topic, or with the reason it was
 * refused; never rejects.
 */
export async function fetchPackage(source: RemoteSource, validators: Validators, options: FetchOptions): Promise<RemoteResult> {
  const { url } = source;
  const refuse = (reason: string): RemoteResult => ({ ok: false, url, problem: `src "${url}": ${reason}; keeping the content it had` });
  const named = namedBy(url);
  if (typeof named === 'string') return refuse(named);
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  options.signal.addEventListener('abort', stop);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  try {
    const response = await fetch(url, { cache: options.cache, signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) throw new Refused(`the server answered ${response.status}`);
    const bytes = await readCapped(response);
    if (source.integrity !== undefined) await checkIntegrity(bytes, source.integrity);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new Refused(`it is not JSON (${String(error)})`);
    }
    const result = validators.validateContentPackage(json);
    if (!result.ok) {
      const shown = result.problems.slice(0, 3).map(formatProblem).join('; ');
      throw new Refused(`it is not a valid content package (${shown}${result.problems.length > 3 ? '; …' : ''})`);
    }
    const { topic, version, changes } = result.value satisfies ContentPackage;
    if (topic.id !== named.topic) throw new Refused(`it holds topic "${topic.id}", not "${named.topic}" as its URL says`);
    if (topic.locale !== named.locale) throw new Refused(`it is in locale "${topic.locale}", not "${named.locale}" as its URL says`);
    return { ok: true, url, topic, version, summary: changes[0]?.summary ?? '' };
  } catch (error) {
    return refuse(reasonOf(error, options.signal, timedOut));
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', stop);
  }
}

/** What `loadSources` reads from and tells the provider. */
export interface SourceHost extends Element {
  readonly src?: string;
  readonly integrity?: string;
  readonly timeout?: number;
  readonly locale?: string;
  /** What the provider's polite status says: set when a package in its elements' language arrives. */
  notice: string;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/**
 * What the provider's polite status says (WCAG 4.1.3) when a package replaces what readers were
 * shown: that the content was updated, and what changed, in the package's words. Only for a
 * package in the language the provider's elements speak (its `locale`, else the closest `lang`
 * across shadow roots, else English, as each element's LocaleController resolves it); undefined
 * for any other.
 */
async function updateNotice(host: SourceHost, update: ContentUpdateDetail): Promise<string | undefined> {
  if (!sameLanguage(update.locale, host.locale?.trim() || closestLang(host) || 'en')) return undefined;
  await loadMessages(update.locale);
  return messagesFor(update.locale)?.contentUpdated(update.summary);
}

/**
 * Fetches every `src` package of a provider into `arrived` (by URL), dropping URLs no longer
 * listed; the provider renders each as it arrives and says so with `limber-content-update`.
 * Failures go to `report`, one sentence each. Settles when all have arrived or failed.
 */
export async function loadSources(
  host: SourceHost,
  cache: RequestCache,
  arrived: Map<string, Topic>,
  report: (message: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const urls = host.src?.trim().split(/\s+/).filter(Boolean) ?? [];
  for (const url of arrived.keys()) if (!urls.includes(url)) arrived.delete(url);
  const given = host.integrity?.trim().split(/\s+/).filter(Boolean) ?? [];
  const hashes = given.length > 0 ? given : undefined;
  if (hashes && hashes.length !== urls.length) {
    report(`integrity has ${hashes.length} value(s) for ${urls.length} src URL(s): give one per URL, in order; nothing fetched`);
    return;
  }
  const timeout = host.timeout !== undefined && host.timeout > 0 ? host.timeout : DEFAULT_TIMEOUT_MS;
  await loadValidators();
  const validators = loadedValidators() as Validators;
  await Promise.all(
    urls.map(async (url, index) => {
      const result = await fetchPackage({ url, integrity: hashes?.[index] }, validators, { timeout, cache, signal });
      if (signal.aborted) return;
      if (!result.ok) return report(result.problem);
      arrived.set(url, result.topic);
      host.requestUpdate();
      await host.updateComplete;
      const detail: ContentUpdateDetail = {
        url,
        topicId: result.topic.id,
        locale: result.topic.locale,
        version: result.version,
        summary: result.summary,
      };
      host.dispatchEvent(new CustomEvent('limber-content-update', { detail, bubbles: true, composed: true }));
      const notice = await updateNotice(host, detail);
      if (notice && !signal.aborted) {
        host.notice = notice;
        host.requestUpdate();
      }
    }),
  );
}
