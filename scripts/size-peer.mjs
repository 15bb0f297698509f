// The peer comparison for `npm run size`: Limber's exercise card + tip + disclaimer against
// Shoelace's card + alert + details (@shoelace-style/shoelace, a dev dependency used only here).
// Both sides are bundled by the same rollup + terser into one file with their own copy of Lit
// and compressed at the same levels, so the ratio compares like with like.
import { isBuiltInTopic, languageChunk } from './lib/build-plugins.mjs';
import { bundleOne, measure } from './lib/sizes.mjs';

const LIMBER = `import './src/components/exercise-card/define.ts';
import './src/components/tip/define.ts';
import './src/components/disclaimer/define.ts';`;
const SHOELACE = `import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/details/details.js';`;

// What an English page never loads (other languages; the validator, without data or a catalog;
// the guided mode, until someone presses Start):
// one file inlines every `import()`, so these are left out as a page would leave them.
const firstNeedOnly = {
  name: 'first-need-only',
  load: (id) => (languageChunk(id) || /\/src\/content\/validate\.ts$|\/src\/guided\//.test(id) ? 'export {};' : null),
};

export async function comparePeers() {
  const limber = measure(await bundleOne('limber-peer', { modules: { 'limber-peer': LIMBER }, plugins: [firstNeedOnly] }));
  // Limber's elements carry their words; Shoelace's carry none. Also measured without the content.
  const contentStub = {
    name: 'no-content',
    load: (id) =>
      isBuiltInTopic(id) && !languageChunk(id) ? 'export const pinchedNerveLowBackEn = undefined; export const references = [];' : null,
  };
  const limberCode = measure(await bundleOne('limber-peer', { modules: { 'limber-peer': LIMBER }, plugins: [firstNeedOnly, contentStub] }));
  const peer = measure(await bundleOne('shoelace-peer', { modules: { 'shoelace-peer': SHOELACE } }));
  return {
    limber,
    limberLabel: 'Limber exercise-card + tip + disclaimer, English content included',
    limberCode,
    limberCodeLabel: 'Limber exercise-card + tip + disclaimer, code only',
    peer,
    peerLabel: 'Shoelace 2 card + alert + details',
  };
}
