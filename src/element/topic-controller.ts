import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { loadBuiltInCatalog } from '../content/built-in.js';
import { sameLanguage } from '../locale/language.js';
import type { Reference, Topic } from '../model/index.js';
import { renderLocalCite, renderRichText, type RichText } from '../render/rich-text.js';
import { sourceLang } from '../render/provenance.js';
import { ContentLookup } from './content-lookup.js';
import type { LoadController } from './load-controller.js';
import type { LocaleController } from './locale-controller.js';
import type { ProblemController } from './problem-controller.js';

/**
 * An element's content for one update: the look-ups in the catalog in force (`lookup`, made once
 * per update and let go after it), and the topic the element says its content came from (`show`), whose language
 * marks content that is not in the UI language.
 */
export class TopicController implements ReactiveController {
  private made?: ContentLookup;
  private topic?: Topic;

  constructor(
    host: ReactiveControllerHost,
    private readonly words: LocaleController,
    private readonly loads: LoadController,
    private readonly problems: () => ProblemController,
  ) {
    host.addController(this);
  }

  /** The update's look-ups are done: nothing of them is kept between updates (a page has hundreds of cards). */
  hostUpdated(): void {
    this.made = undefined;
  }

  /** Forgets the last update's look-ups and topic: the element calls it as each update begins. */
  refresh(): void {
    this.made = undefined;
    this.topic = undefined;
  }

  /** Look-ups by id in the catalog in force, for the locale in force (`topic`, `byId`, `sources`). */
  get lookup(): ContentLookup {
    if (this.made) return this.made;
    const { catalog, updates } = this.words.settings;
    const locale = this.words.locale;
    const loadBuiltIn = (): void =>
      void this.loads.load(`content:${locale}`, () => loadBuiltInCatalog(locale), `the built-in "${locale}" content`);
    return (this.made = new ContentLookup(catalog, locale, this.problems, loadBuiltIn, updates));
  }

  /** Says which topic this update's content came from (undefined: host data, or nothing found). */
  show(topic: Topic | undefined): void {
    this.topic = topic;
  }

  /** The topic this update's content came from, once the element has said so. */
  get shown(): Topic | undefined {
    return this.topic;
  }

  /**
   * The language of the content shown when it is not the UI language (an English topic on a
   * Spanish page, where the catalog has no Spanish text); else undefined.
   */
  get fallbackLang(): string | undefined {
    const topic = this.topic;
    return topic && !sameLanguage(topic.locale, this.words.locale) ? topic.locale : undefined;
  }

  /**
   * The language of the references and the source article's title when it is not the UI
   * language: a translated topic cites what was published in the language it came from.
   */
  get referenceLang(): string | undefined {
    const lang = this.topic && sourceLang(this.topic);
    return lang && !sameLanguage(lang, this.words.locale) ? lang : undefined;
  }

  /**
   * Rich text. With `sources` (the element's own list, in display order) citation markers are
   * numbered locally and move focus to `#source-N` in the element's shadow root; without, each
   * marker is a `<limber-cite>` numbered by the topic's references.
   */
  rich(source: string, sources?: readonly Reference[]): RichText {
    const ids = sources?.map((reference) => reference.id);
    const report = (message: string): void => this.problems().report(message);
    const renderCite = (ref: string): unknown =>
      ids === undefined ? html`<limber-cite ref=${ref}></limber-cite>` : renderLocalCite(ref, ids, this.words.messages.source, report);
    return this.text(renderRichText(source, { report, renderCite }));
  }

  /** Content words in `<span lang>` when they are not in the UI language (see `fallbackLang`). */
  text<T>(words: T): T | TemplateResult {
    const lang = this.fallbackLang;
    return lang ? html`<span lang=${lang}>${words}</span>` : words;
  }
}
