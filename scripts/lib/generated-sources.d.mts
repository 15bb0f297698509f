/** Each source file written from src/elements.json or src/languages.json, as `[file, text]`. */
export function sourceFiles(): Promise<[string, string][]>;
/** Each document written from src/elements.json, with the text it has and the text it should have. */
export function documentFiles(): Promise<{ file: string; list: string; current: string; wanted: string }[]>;
