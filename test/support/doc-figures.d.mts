// Types for the TypeScript tests' use of doc-figures.mjs.
/** The speed blocks (name → Markdown) from a benchmark record and the bench goals. */
export function benchBlocks(record: Record<string, unknown>, goals: Record<string, unknown>): Record<string, string>;
/** The byte blocks from a size measurement and budgets.json. */
export function sizeBlocks(sizes: unknown, budgets: unknown): Record<string, string>;
/** The names of the blocks their file holds differently, or not at all. */
export function staleBlocks(blocks: Record<string, string>, root?: string): string[];
/** Writes every block into its file; resolves to the names it had no markers for. */
export function writeBlocks(blocks: Record<string, string>, root?: string): string[];
