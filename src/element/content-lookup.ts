import { builtInCatalog } from '../content/built-in.js';
import { TOPIC_IDS } from '../locale/languages.js';
import { PENDING_CATALOG, findReferences, findTopic, topicsFor, type Catalog } from '../content/catalog.js';
import type { Reference, Topic } from '../model/index.js';
import type { ProblemController } from './problem-controller.js';

/** How an element names the attribute that takes an id, for "set the … attribute" and "no … with id". */
export interface IdAttribute {
  readonly attribute: string;
  readonly noun: string;
  /** The element also takes a `data` property instead. */
  readonly orData?: boolean;
}

/** What `byId` found, and the topic it was found in. */
export interface Found<T> {
  readonly value: T;
  readonly topic: Topic;
}

/**
 * An element's view of the content: the catalog in force (the provider's, else the built-in
 * content, fetched on first use) and look-ups by id in the current locale. Missing and unknown ids
 * go to the element's `ProblemController`.
 */
export class ContentLookup {
  /**
   * Made once per update, with the provider's catalog (if any) and the locale in force;
   * `loadBuiltIn` is called, with the locale and the topics, when built-in content is needed and not loaded yet. Look-ups
   * return what they found and keep only the topic they are about (see `catalog`).
   */
  constructor(
    private readonly hostCatalog: Catalog | undefined,
    private readonly locale: string,
    private readonly problemsOf: () => ProblemController,
    private readonly loadBuiltIn: (locale: string, topics?: readonly string[]) => void,
    private readonly updates?: readonly Topic[],
  ) {}

  /** The built-in topics this update is about, once `topic()` has named one: later look-ups (sources) stay in it. */
  private scope?: readonly string[];

  /** Whether the catalog in force is a provider's (loaded or on its way) rather than the built-in content. */
  get provided(): boolean {
    return this.hostCatalog !== undefined;
  }

  /**
   * The catalog in force: the provider's, else the built-in topics this update is about (every
   * built-in topic before `topic()` names one, as for an exercise id alone). Undefined only while
   * they or the provider's catalog are loading: look-ups then find nothing and report nothing, and
   * the element renders again when they arrive.
   */
  get catalog(): Catalog | undefined {
    if (this.hostCatalog === PENDING_CATALOG) return undefined;
    const catalog = this.hostCatalog ?? builtInCatalog(this.locale, this.scope);
    if (catalog === undefined) this.loadBuiltIn(this.locale, this.scope);
    // Look-ups take the first topic with an id and locale, so arrived packages come first.
    return catalog && this.updates ? { topics: [...this.updates, ...catalog.topics] } : catalog;
  }

  /**
   * The topic with this id, reporting an unknown id. With no id: the catalog's first topic when
   * `required` is false, else "set the topic attribute" (reported once the page has loaded).
   * Null (see `topicWanted`): nothing, and nothing reported.
   */
  topic(id: string | null | undefined, required = true): Topic | undefined {
    // Null: a code found no topic (already reported), or its codes are on their way.
    if (id === null) return undefined;
    const unset = isUnset(id);
    // Only the topic asked for is fetched (unset: the first built-in topic, which is what it shows).
    this.scope = unset ? TOPIC_IDS.slice(0, 1) : [id];
    const catalog = this.checkedCatalog(id, required ? { attribute: 'topic', noun: 'topic' } : undefined);
    const wanted = unset ? catalog?.topics[0]?.id : id;
    const topic = catalog && wanted !== undefined ? findTopic(catalog, wanted, this.locale) : undefined;
    if (!topic && catalog && !unset) this.problemsOf().report(`no topic with id ${JSON.stringify(id)} in the catalog`);
    return topic;
  }

  /**
   * Finds something by id across the catalog's topics (of the built-in ones, only `inTopics` when
   * given; none while it is null), with the topic it was found in; reports a
   * missing id ('set the "tip" attribute to a tip id') or an unknown one ('no tip with id …').
   */
  byId<T>(
    id: string | undefined,
    what: IdAttribute,
    find: (topic: Topic, id: string) => T | undefined,
    inTopics?: readonly string[] | null,
  ): Found<T> | undefined {
    // Null: the element is still finding out which built-in topic has it; nothing is found or reported yet.
    if (inTopics === null && !this.provided) return undefined;
    // Only the built-in topics named are fetched and looked in.
    this.scope ??= inTopics ?? undefined;
    const catalog = this.checkedCatalog(id, what);
    if (catalog === undefined || id === undefined) return undefined;
    for (const topic of topicsFor(catalog, this.locale)) {
      const value = find(topic, id);
      if (value !== undefined) return { value, topic };
    }
    this.problemsOf().report(`no ${what.noun} with id ${JSON.stringify(id)} in the catalog`);
    return undefined;
  }

  /**
   * The references with these ids, in the order given, for an element's own numbered source list
   * (so it is complete on its own page); an id the catalog lacks is reported.
   */
  sources(ids: readonly string[]): readonly Reference[] {
    const catalog = ids.length === 0 ? undefined : this.catalog;
    if (catalog === undefined) return [];
    const found = findReferences(catalog, ids, this.locale);
    for (const id of ids) if (!found.has(id)) this.problemsOf().report(`reference "${id}" is not in the catalog`);
    return [...found.values()];
  }

  /** The catalog, unless a required id is missing (then reported, see `IdAttribute`). */
  private checkedCatalog(id: string | undefined, required?: IdAttribute): Catalog | undefined {
    if (required && isUnset(id)) {
      const article = /^[aeiou]/.test(required.noun) ? 'an' : 'a';
      const orData = required.orData ? ', or the "data" property' : '';
      this.problemsOf().reportMissing(`set the "${required.attribute}" attribute to ${article} ${required.noun} id${orData}`);
      return undefined;
    }
    return this.catalog;
  }
}

function isUnset(id: string | undefined): id is undefined {
  return id === undefined || id.trim() === '';
}
