// Turns a Chromium CPU profile of Limber rendering into self time per source: each sampled
// frame in dist/limber.js is mapped back through its source map to the file that wrote it.
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/** Groups a source path (or a profiler pseudo-frame) into a readable bucket. */
function bucket(source, frame) {
  if (!source) {
    if (frame.url.startsWith('pptr:')) return 'bench harness (forced style + layout, gc)';
    if (frame.functionName.startsWith('(')) return frame.functionName;
    return frame.url ? `other: ${frame.url.replace(/^.*\//, '')}` : `native: ${frame.functionName || '(anonymous)'}`;
  }
  const path = source.replaceAll('\\', '/');
  const lit = /node_modules\/((?:@lit\/)?[^/]+)\/(.*)$/.exec(path);
  if (lit) return `${lit[1]}/${lit[2]}`;
  return path.replace(/^.*?(src|content)\//, '$1/');
}

/** Self milliseconds per bucket, largest first. */
export function selfTimeBySource(profile, root) {
  const map = new TraceMap(readFileSync(`${root}dist/limber.js.map`, 'utf8'));
  const totals = new Map();
  const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  for (const node of profile.nodes) {
    if (!node.hitCount) continue;
    const frame = node.callFrame;
    let source = null;
    if (frame.url.endsWith('/dist/limber.js') && frame.lineNumber >= 0) {
      source = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }).source;
    }
    const name = bucket(source, frame);
    totals.set(name, (totals.get(name) ?? 0) + node.hitCount * interval);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}
