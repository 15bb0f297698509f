// The twins are the same DOM as Limber builds in the browser. Lit SSR's HTML for a card that
// stands alone has one thing the browser's card has not: the emergency care card inside the
// closed "Emergency signs" <details>, there for readers without JavaScript. In the browser the
// card puts it in only when a reader opens the details (src/components/exercise-card/emergency.ts).
// So the card twins leave it out too, and both sides time and show the same thing.

const closedSigns = /(<details class="more-care"[^>]*>[\s\S]*?<\/summary>)([\s\S]*?)(<\/details>)/g;

/** The pre-rendered HTML of a card as the browser's card has it before any reader opens its emergency signs. */
export function asClientRenders(html) {
  return html.replace(closedSigns, (all, open, inside, close) => {
    if (!/<limber-care-card[\s>]/.test(inside)) return all;
    // Lit's part markers around the care card stay: an empty part, as the browser's has.
    const markers = inside.replace(/<limber-care-card[\s\S]*<\/limber-care-card>/, '');
    return `${open}${markers}${close}`;
  });
}
