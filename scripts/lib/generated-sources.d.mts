/** Each file written from src/elements.json or src/languages.json, with the text it has and the text it should have. */
export function generatedSources(): Promise<{ file: string; list: string; current: string; wanted: string }[]>;
