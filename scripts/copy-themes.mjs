import { cpSync, mkdirSync } from 'node:fs';

// Theme files ship as plain CSS: hosts link them, or import them through the exports map.
mkdirSync(new URL('../dist/themes', import.meta.url), { recursive: true });
cpSync(new URL('../src/themes', import.meta.url), new URL('../dist/themes', import.meta.url), { recursive: true });
