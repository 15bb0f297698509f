import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../i18n/messages.js';
import { sameLanguage } from '../locale/language.js';
import type { Reference, Topic } from '../model/index.js';
import { renderLocalCite, renderRichText, type RichText } from '../render/rich-text.js';
import { sourceLang } from '../render/provenance.js';
import type { ContentRoot } from '../render/section.js';
import type { ContentLookup } from './content-lookup.js';
import type { LimberSettings } from './settings.js';

/** What an update starts from, before the element's look-ups: its settings, language and catalog. */
export interface Setting {
  readonly settings: LimberSettings;
  readonly locale: string;
  readonly messages: Messages;
  /** `lang` and `dir` for the element's content root: the UI language's. */
  readonly root: ContentRoot;
  /** Look-ups by id in the catalog in force, for this locale; made for this update. */
  readonly content: ContentLookup;
}

/**
 * One update's view, made once as the update begins and never changed during it: the setting,
 * the topic the element's content came from (what its look-ups found), and what follows from
 * that topic. Renderers read it; nothing is written to it, so no order of calls can change what
 * a render shows.
 */
export interface View extends Setting {
  /** The topic the content came from; undefined for host `data`, or when nothing was found. */
  readonly topic?: Topic;
  /** The topic's language when it is not the UI language (an English topic on a Spanish page). */
  readonly contentLang?: string;
  /** The language the references and source title were published in, when not the UI language. */
  readonly referenceLang?: string;
  /** Content words, in `<span lang>` when they are not in the UI language (see `contentLang`). */
  text<T>(words: T): T | TemplateResult;
  /**
   * Rich text. With `sources` (the element's own list, in display order) citation markers are
   * numbered locally and move focus to `#source-N` in the element's shadow root; without, each
   * marker is a `<limber-cite>` numbered by the topic's references (and told the topic, so it fetches only that one).
   */
  rich(source: string, sources?: readonly Reference[]): RichText;
}

/** A view: its methods live on the prototype, so hundreds of elements keep no closures. */
class UpdateView implements View {
  readonly settings: LimberSettings;
  readonly locale: string;
  readonly messages: Messages;
  readonly root: ContentRoot;
  readonly content: ContentLookup;
  readonly contentLang?: string;
  readonly referenceLang?: string;

  constructor(
    setting: Setting,
    readonly topic: Topic | undefined,
    private readonly report: (message: string) => void,
  ) {
    ({ settings: this.settings, locale: this.locale, messages: this.messages, root: this.root, content: this.content } = setting);
    if (topic && !sameLanguage(topic.locale, this.locale)) this.contentLang = topic.locale;
    const published = topic && sourceLang(topic);
    if (published && !sameLanguage(published, this.locale)) this.referenceLang = published;
    Object.freeze(this);
  }

  text<T>(words: T): T | TemplateResult {
    return this.contentLang ? html`<span lang=${this.contentLang}>${words}</span>` : words;
  }

  rich(source: string, sources?: readonly Reference[]): RichText {
    const ids = sources?.map((reference) => reference.id);
    const report = this.report;
    const renderCite = (ref: string): unknown =>
      ids === undefined
        ? html`<limber-cite ref=${ref} topic=${ifDefined(this.topic?.id)}></limber-cite>`
        : renderLocalCite(ref, ids, this.messages.source, report);
    return this.text(renderRichText(source, { report, renderCite }));
  }
}

/** The view of an update from its setting and the topic its look-ups found; `report` takes what rich text finds wrong. */
export function resolveView(setting: Setting, topic: Topic | undefined, report: (message: string) => void): View {
  return new UpdateView(setting, topic, report);
}
