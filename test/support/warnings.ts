/** Captures console.warn calls for the duration of a test. */
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
