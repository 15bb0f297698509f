/**
 * Content packages staged on the test server (test/support/content-server.mjs) for the
 * <limber-provider src> tests: a fresh path for each, the response it gets, and a package.
 */
import type { ContentPackage, Topic } from '../../src/model/index.js';
import { SOURCE_TOPIC } from './topics.js';
import { TOPIC } from './lists.js';

export { TOPIC };

export interface Staged {
  readonly status?: number;
  readonly body?: string;
  readonly delay?: number;
  readonly drop?: boolean;
  readonly etag?: string;
  readonly headers?: Record<string, string>;
}

let made = 0;

/** A fresh path under /content-test/ (the browser's HTTP cache outlives each test) naming `topic`/`locale`. */
export function pathFor(locale = 'en', topic = TOPIC): string {
  made += 1;
  return `/content-test/${made}/${topic}/${locale}.json`;
}

/** Tells the test server how to answer `path`. */
export async function stage(path: string, response: Staged): Promise<void> {
  await fetch('/content-test/stage', { method: 'POST', body: JSON.stringify({ path, ...response }) });
}

/** The built-in topic with the bridge renamed, as a package. */
export function packageJson(name = 'Glute bridge (updated)', topic: Topic = SOURCE_TOPIC, version = '1.1.0'): string {
  const renamed: Topic = {
    ...topic,
    exercises: { ...topic.exercises, items: topic.exercises.items.map((e) => (e.id === 'bridge' ? { ...e, name } : e)) },
  };
  const pack: ContentPackage = { version, changes: [{ version, date: '2026-11-26', summary: 'The bridge is renamed.' }], topic: renamed };
  return JSON.stringify(pack);
}
