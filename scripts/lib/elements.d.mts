/** An element of src/elements.json with its derived paths (scripts/lib/elements.mjs). */
export interface ElementEntry {
  name: string;
  class: string;
  tag: string;
  folder: string;
  source: string;
  define: string;
  dist: string;
  usage: string[];
  required: string[];
  prerender?: string;
}
export const ELEMENTS: ElementEntry[];
export function relative(from: string, path: string): string;
export function camel(name: string): string;
