/**
 * Spoken cues, opt-in: the guided mode's messages read aloud by the browser's speech synthesis,
 * in the card's language. Only with a voice for that language (else the toggle says so); each
 * message cancels the one before, so speech never talks over itself; a failure switches speech
 * off and says so, and never throws.
 */

/** The voices of the page's speech synthesis for a language (its primary subtag), if any. */
function voicesFor(lang: string): SpeechSynthesisVoice[] {
  try {
    const primary = lang.toLowerCase().split('-')[0] ?? lang;
    return speechSynthesis.getVoices().filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === primary);
  } catch {
    return [];
  }
}

export class Speaker {
  /** The reader switched it on. */
  on = false;
  /** It stopped working during this session (an error from the engine); it stays off. */
  failed = false;
  private readonly onVoices = (): void => this.changed();

  constructor(
    private readonly lang: string,
    /** Called when the voices arrive or speech fails: the card renders again. */
    private readonly changed: () => void,
  ) {
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.addEventListener?.('voiceschanged', this.onVoices);
  }

  /** Whether the device can read this language aloud. */
  get available(): boolean {
    return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance === 'function' && voicesFor(this.lang).length > 0;
  }

  /** Whether messages are read aloud now (so the live region keeps quiet). */
  get speaking(): boolean {
    return this.on && !this.failed && this.available;
  }

  /** Reads `text` aloud, cutting off whatever was being read. */
  say(text: string): void {
    if (!this.speaking || text === '') return;
    try {
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      // The language picks the voice: the device's own for it (there is one, or this is not reached).
      utterance.lang = this.lang;
      utterance.onerror = (event) => {
        // Cut off by the next message: not a failure.
        if (event.error !== 'interrupted' && event.error !== 'canceled') this.fail();
      };
      speechSynthesis.speak(utterance);
    } catch {
      this.fail();
    }
  }

  /** Stops reading (pause, stop, the session's end). */
  silence(): void {
    try {
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    } catch {
      // Nothing to stop.
    }
  }

  end(): void {
    this.silence();
    if (typeof speechSynthesis !== 'undefined') speechSynthesis.removeEventListener?.('voiceschanged', this.onVoices);
  }

  private fail(): void {
    this.failed = true;
    this.changed();
  }
}
