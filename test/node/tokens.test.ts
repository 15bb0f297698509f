// The default token values are written twice on purpose: as fallbacks in shared.styles.ts (so an
// element looks right with no theme file) and in themes/light.css and dark.css (so a host can pin
// a look). This test proves the copies agree, colour by colour.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';

const shared = readFileSync('src/render/styles/shared.styles.ts', 'utf8');
const darkAt = shared.indexOf('@media (prefers-color-scheme: dark)');

/** `--limber-color-x` → value, from `var(--limber-color-x, value)` fallbacks. */
function fallbacks(css: string): Map<string, string> {
  return new Map([...css.matchAll(/var\((--limber-color-[a-z-]+), ([^)]+)\)/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

/** `--limber-color-x` → value, from a theme file's declarations. */
function declarations(file: string): Map<string, string> {
  const css = readFileSync(file, 'utf8');
  return new Map([...css.matchAll(/(--limber-color-[a-z-]+):\s*([^;]+);/g)].map((m) => [m[1] ?? '', (m[2] ?? '').trim()]));
}

describe('default design tokens', () => {
  it('finds the light and dark fallbacks in the shared styles', () => {
    expect(darkAt).to.be.greaterThan(0);
    expect(fallbacks(shared.slice(0, darkAt)).size).to.be.at.least(13);
    expect(fallbacks(shared.slice(darkAt)).size).to.be.at.least(13);
  });

  it('themes/light.css holds exactly the light fallbacks', () => {
    const light = fallbacks(shared.slice(0, darkAt));
    light.delete('--limber-color-scheme');
    const theme = declarations('src/themes/light.css');
    theme.delete('--limber-color-scheme');
    expect(Object.fromEntries(theme)).to.deep.equal(Object.fromEntries(light));
  });

  it('themes/dark.css holds exactly the dark fallbacks', () => {
    const dark = fallbacks(shared.slice(darkAt));
    dark.delete('--limber-color-scheme');
    const theme = declarations('src/themes/dark.css');
    theme.delete('--limber-color-scheme');
    expect(Object.fromEntries(theme)).to.deep.equal(Object.fromEntries(dark));
  });
});
