// Where the render time goes, by kind of work: samples run under Chromium's tracing, and each
// main-thread event's own time (its duration less its children's) inside the timed spans is
// added to a bucket: script, HTML (parsing), style, layout, paint, GC (garbage collection), other.

const BUCKETS = [
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.(run|callFunction|compile.*)|V8\.(Execute|CompileCode|CompileLazy.*)|RunMicrotasks|TimerFire|FireAnimationFrame|HandlePostMessage|EventDispatch)$/,
  ],
  ['HTML', /^ParseHTML$/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/],
  ['layout', /^(Layout|UpdateLayout)$/],
  ['paint', /^(Paint|PrePaint|Layerize|UpdateLayer|CompositeLayers|Commit|PaintImage|RasterTask)$/],
  ['GC', /GC|Sweep|Mark(ing)?$/],
];
const bucketOf = (name) => BUCKETS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';

/** Own time per bucket (ms) inside the spans between `bench-start` and `bench-end` marks. */
export function timeByWork(traceEvents) {
  const main = traceEvents.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      traceEvents.some((m) => m.pid === e.pid && m.name === 'bench-start'),
  );
  if (!main) return {};
  const onMain = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const marks = (name) =>
    onMain
      .filter((e) => e.name === name)
      .map((e) => e.ts)
      .sort((a, b) => a - b);
  const starts = marks('bench-start');
  const ends = marks('bench-end');
  const spans = starts.map((start, i) => [start, ends[i] ?? start]);
  const inSpan = (ts) => spans.some(([a, b]) => ts >= a && ts <= b);
  const events = onMain.filter((e) => e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = {};
  const stack = [];
  const close = (event) => {
    if (inSpan(event.ts)) totals[bucketOf(event.name)] = (totals[bucketOf(event.name)] ?? 0) + event.own / 1000;
  };
  for (const event of events) {
    while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= event.ts) close(stack.pop());
    const item = { name: event.name, ts: event.ts, dur: event.dur, own: event.dur };
    if (stack.length > 0) stack.at(-1).own -= event.dur;
    stack.push(item);
  }
  while (stack.length > 0) close(stack.pop());
  return totals;
}

/** Runs `samples` samples of each kind under tracing; resolves to own time per bucket per kind. */
export async function traceKinds(page, kinds, samples) {
  const result = {};
  for (const kind of kinds) {
    await page.tracing.start({
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8', 'blink.gc'],
    });
    for (let i = 0; i < samples; i += 1) await page.evaluate((k) => window.__bench.sample(k, true), kind);
    const { traceEvents } = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    const totals = timeByWork(traceEvents);
    result[kind] = Object.fromEntries(Object.entries(totals).map(([bucket, ms]) => [bucket, ms / samples]));
  }
  return result;
}
