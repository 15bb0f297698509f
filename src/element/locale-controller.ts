import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type Messages } from '../i18n/messages.js';
import { loadMessages, messagesFor } from '../i18n/registry.js';
import { closestLang, unwatchLang, watchLang } from '../locale/lang.js';
import { directionOf } from '../locale/language.js';
import type { ContentRoot } from '../render/section.js';
import { defaultSettings, type LimberSettings, type SettingsConsumer } from './settings.js';

/**
 * An element's language and UI words. The locale in force is the provider's `locale`, else the
 * closest `lang` attribute (the element, an ancestor, across shadow roots, up to `<html lang>`),
 * else English; the element re-renders when any `lang` on the page changes.
 */
export class LocaleController implements ReactiveController {
  /** The locale, found once per update (`refresh`): rendering reads it many times, and finding it walks the tree. */
  private ofUpdate?: string;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly provided: SettingsConsumer,
    /** Starts a load once per key (the element's `LoadController`); true when it is here. */
    private readonly load: (key: string, load: () => Promise<void>, what: string) => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.host);
  }

  hostDisconnected(): void {
    unwatchLang(this.host);
  }

  /** The provider's settings in force, or the defaults with no provider. */
  get settings(): LimberSettings {
    return this.provided.value ?? defaultSettings;
  }

  /** Finds the locale afresh: the element calls it as each update begins. */
  refresh(): void {
    this.ofUpdate = undefined;
    this.ofUpdate = this.locale;
  }

  /** The locale in force (see the class). */
  get locale(): string {
    return this.ofUpdate ?? this.settings.locale ?? closestLang(this.host) ?? 'en';
  }

  /**
   * UI words for the locale. A language other than English is fetched on first use; until it
   * arrives the element renders nothing (never English words that then change), and if it cannot
   * be fetched the words are English.
   */
  get messages(): Messages {
    const locale = this.locale;
    return messagesFor(locale) ?? (this.arrived(locale), en);
  }

  /** Whether the UI words of `locale` are here or could not be fetched; starts fetching them. */
  arrived(locale = this.locale): boolean {
    return messagesFor(locale) !== undefined || this.load(`words:${locale}`, () => loadMessages(locale), `the "${locale}" UI words`);
  }

  /** `lang` and `dir` for the element's content root: the UI language's. */
  get root(): ContentRoot {
    return { lang: this.locale, dir: directionOf(this.locale) };
  }
}
