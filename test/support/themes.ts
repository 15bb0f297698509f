/** The three shipped themes, as the CSS files a host would load. */
export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

const cache = new Map<ThemeName, string>();

/** The text of `src/themes/<name>.css`, served by the test runner. */
export async function themeCss(name: ThemeName): Promise<string> {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const response = await fetch(`/src/themes/${name}.css`);
  if (!response.ok) throw new Error(`theme ${name}: HTTP ${response.status}`);
  const text = await response.text();
  cache.set(name, text);
  return text;
}

let loaded = false;

/**
 * Loads all three theme files into the document, as a host page would. Each also targets
 * `[data-limber-theme=<name>]`, so a wrapper with that attribute picks its theme.
 */
export async function loadThemes(): Promise<void> {
  if (loaded) return;
  const sheets: CSSStyleSheet[] = [];
  for (const name of THEMES) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await themeCss(name));
    sheets.push(sheet);
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
  loaded = true;
}
