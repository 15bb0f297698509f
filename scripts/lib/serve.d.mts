/** A running server: its base URL and how to stop it. */
export interface Served {
  readonly base: string;
  close(): Promise<void>;
}
/** Serves `root`'s files, with `pages` (path → HTML) answered first and `headers` on every response. */
export function serve(root: string, pages?: Record<string, string>, headers?: Record<string, string>): Promise<Served>;
