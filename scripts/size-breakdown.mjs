// Where the bytes of a built file go, source-map-explorer style: every minified byte of
// `dist/limber.js` (or the file given) is attributed through its source map to the source file
// that produced it, then grouped. `npm run size:breakdown [-- dist/chunks/core-….js]`.
import { readFileSync } from 'node:fs';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import { needDist } from './lib/need-dist.mjs';

if (process.argv[2] === undefined) needDist('npm run size:breakdown');

const file = process.argv[2] ?? 'dist/limber.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
const lines = code.split('\n');
const bySource = new Map();
const add = (source, bytes) => bySource.set(source, (bySource.get(source) ?? 0) + bytes);
decodedMappings(map).forEach((segments, lineIndex) => {
  const line = lines[lineIndex] ?? '';
  segments.forEach((segment, i) => {
    const start = segment[0];
    const end = i + 1 < segments.length ? segments[i + 1][0] : line.length;
    if (i === 0 && start > 0) add('(unmapped)', start);
    add(segment.length > 1 ? (map.sources[segment[1]] ?? '(unknown)') : '(unmapped)', end - start);
  });
  if (segments.length === 0) add('(unmapped)', line.length);
});

/** Groups a source path into the piece of Limber (or Lit) it belongs to. */
function group(source) {
  const path = source.replaceAll('\\', '/');
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return 'Lit';
  if (/node_modules\/@lit\/context\//.test(path)) return '@lit/context';
  if (/node_modules\//.test(path)) return `dep: ${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)[1]}`;
  const component = /src\/components\/([^/]+)\//.exec(path);
  if (component) return `element: ${component[1]}`;
  if (/content\/[^/]+\/[^/]+\.ts$/.test(path) && !/src\//.test(path)) return 'content (English topic)';
  const area = /src\/([^/]+)\//.exec(path);
  return area ? `src/${area[1]}` : path;
}
const groups = new Map();
for (const [source, bytes] of bySource) {
  const name = group(source);
  const entry = groups.get(name) ?? { bytes: 0, files: [] };
  entry.bytes += bytes;
  entry.files.push([source.replace(/^.*?(src|content|node_modules)\//, '$1/'), bytes]);
  groups.set(name, entry);
}
const total = code.length;
console.log(`${file}: ${total} bytes minified\n`);
for (const [name, { bytes, files }] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`${name.padEnd(40)}${String(bytes).padStart(8)}  ${((100 * bytes) / total).toFixed(1).padStart(5)}%`);
  for (const [source, fileBytes] of files.sort((a, b) => b[1] - a[1]).slice(0, process.argv.includes('--files') ? 50 : 0)) {
    console.log(`    ${source.padEnd(60)}${String(fileBytes).padStart(8)}`);
  }
}
