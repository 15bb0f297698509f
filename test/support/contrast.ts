/** Colour contrast as WCAG 2.2 measures it, for the non-text contrast tests (1.4.11). */

export type Rgb = readonly [number, number, number];

/** A computed `rgb()`/`rgba()` colour: its channels and alpha (1 when none is given). */
export function parse(css: string): { rgb: Rgb; alpha: number } {
  const [r = 0, g = 0, b = 0, alpha = 1] = (css.match(/[\d.]+/g) ?? []).map(Number);
  return { rgb: [r, g, b], alpha: css.startsWith('rgba') || css.includes('/') ? alpha : 1 };
}

/** A `#rrggbb` colour's channels (as a theme file writes it). */
export function hex(colour: string): Rgb {
  const value = colour.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** A computed colour's channels, alpha ignored. */
export const rgb = (css: string): Rgb => parse(css).rgb;

function luminance(colour: Rgb): number {
  const [r = 0, g = 0, b = 0] = colour.map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `colour` painted at `opacity` over `under`. */
export function over(colour: Rgb, opacity: number, under: Rgb): Rgb {
  return colour.map((c, i) => c * opacity + (under[i] ?? 0) * (1 - opacity)) as unknown as Rgb;
}

/** The parent of `el` in the flat tree: through a shadow root to its host. */
function parentOf(el: Element): Element | null {
  return el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
}

/**
 * The colour painted behind `el` (its own background included when `own`): every background from
 * the page down to it, each over the one below, on the page's white.
 */
export function backgroundOf(el: Element, own = true): Rgb {
  const chain: Element[] = [];
  for (let at: Element | null = own ? el : parentOf(el); at; at = parentOf(at)) chain.unshift(at);
  return chain.reduce<Rgb>(
    (under, at) => {
      const { rgb: colour, alpha } = parse(getComputedStyle(at).backgroundColor);
      return alpha === 0 ? under : over(colour, alpha, under);
    },
    [255, 255, 255],
  );
}
