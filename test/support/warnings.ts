/** Captures console.warn calls until `restore()`. */
export interface WarningCapture {
  readonly messages: string[];
  restore(): void;
}

export function captureWarnings(): WarningCapture {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/**
 * Captures console.warn around every test of the enclosing `describe`: call it once in the
 * `describe` body and read `.messages` inside a test (the current test's warnings).
 */
export function warningsOfEachTest(): { readonly messages: string[] } {
  let capture: WarningCapture | undefined;
  beforeEach(() => {
    capture = captureWarnings();
  });
  afterEach(() => capture?.restore());
  return {
    get messages() {
      if (!capture) throw new Error('warningsOfEachTest: read .messages inside a test');
      return capture.messages;
    },
  };
}
