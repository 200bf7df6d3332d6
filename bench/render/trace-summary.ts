/**
 * `npx tsx bench/render/trace-summary.ts <trace.json>`: where the renderer's main thread spent a
 * traced run (BENCH_TRACE), by event kind (self time), and what each task over 50 ms was made of.
 * A CPU profile cannot tell style, layout, paint and message copying apart; a trace can.
 */
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

interface Slice {
  name: string;
  start: number;
  end: number;
}

/** Self time per event name, in ms, for slices nested on one thread (sorted by start). */
function selfTimes(slices: Slice[]): Map<string, number> {
  const totals = new Map<string, number>();
  const stack: Array<Slice & { childTime: number }> = [];
  const close = (until: number): void => {
    while (stack.length > 0 && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      totals.set(done.name, (totals.get(done.name) ?? 0) + (done.end - done.start - done.childTime) / 1000);
      if (stack.length > 0) stack.at(-1)!.childTime += done.end - done.start;
    }
  };
  for (const slice of slices) {
    close(slice.start);
    stack.push({ ...slice, childTime: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

function top(totals: Map<string, number>, count: number): string {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(', ');
}

const file = process.argv[2];
if (!file) throw new Error('Usage: trace-summary.ts <trace.json>');
const parsed = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
const main = events.find((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
if (!main) throw new Error('No renderer main thread in this trace');
const slices = events
  .filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined)
  .map((event) => ({ name: event.name, start: event.ts, end: event.ts + event.dur! }))
  .sort((a, b) => a.start - b.start || b.end - a.end);
const tasks = slices.filter((slice) => slice.name === 'RunTask' || slice.name === 'ThreadControllerImpl::RunTask');
const span = (slices.at(-1)!.end - slices[0]!.start) / 1000;
const busy = tasks.reduce((sum, task) => sum + (task.end - task.start) / 1000, 0);
console.log(`main thread: ${span.toFixed(0)} ms traced, ${busy.toFixed(0)} ms in tasks (${((busy / span) * 100).toFixed(0)} %)`);
console.log(`self time by kind (ms): ${top(selfTimes(slices), 25)}`);
const long = tasks.filter((task) => task.end - task.start > 50_000);
console.log(`${long.length} tasks over 50 ms`);
for (const task of long) {
  const inside = slices.filter((slice) => slice.start >= task.start && slice.end <= task.end);
  console.log(`- ${((task.end - task.start) / 1000).toFixed(0)} ms at +${((task.start - slices[0]!.start) / 1000).toFixed(0)} ms: ${top(selfTimes(inside), 8)}`);
}
