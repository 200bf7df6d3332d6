/**
 * Summarizes a V8 .cpuprofile (from `node --cpu-prof`, e.g. BENCH_CPU_PROF=dir npm run bench:gateway):
 * where the busy time goes, by function (self and inclusive) and by module.
 *
 *   npx tsx bench/gateway/profile-summary.ts <file.cpuprofile>... [--top 25] [--from 1.5] [--to 4]
 *
 * --from/--to keep only the samples taken in that window (seconds since the profile started),
 * e.g. the latency phases, which the log lines of the run place in time.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const repoRoot = resolve(import.meta.dirname, '../..');
const IDLE = new Set(['(idle)']);

function location(frame: CallFrame): string {
  if (!frame.url) return '';
  let path = frame.url;
  if (path.startsWith('file://')) path = relative(repoRoot, fileURLToPath(path));
  return `${path}:${frame.lineNumber + 1}`;
}

/** Groups a frame by where its code lives: a project folder, a package, Node's internals, or V8. */
function moduleOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native/V8 builtins)';
  if (url.startsWith('node:')) {
    // node:internal/deps/undici/undici -> node:internal/deps/undici; node:internal/streams/writable -> node:internal/streams
    const parts = url.slice(5).split('/');
    return `node:${parts.slice(0, parts[0] === 'internal' ? (parts[1] === 'deps' ? 3 : 2) : 1).join('/')}`;
  }
  const path = url.startsWith('file://') ? relative(repoRoot, fileURLToPath(url)) : url;
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (packageMatch) return `npm:${packageMatch[1]}`;
  return path;
}

function key(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'}  ${location(frame)}`;
}

function table(title: string, rows: [string, number][], total: number, top: number): string {
  const lines = rows
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
  return [`\n## ${title}`, ...lines].join('\n');
}

interface Options {
  top: number;
  fromSeconds: number;
  toSeconds: number;
}

function summarize(path: string, { top, fromSeconds, toSeconds }: Options): string {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const modules = new Map<string, number>();
  const projectInclusive = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  let elapsed = 0;
  profile.samples.forEach((id, i) => {
    elapsed += profile.timeDeltas[i] ?? 0;
    const us = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(id);
    if (!node || elapsed < fromSeconds * 1e6 || elapsed > toSeconds * 1e6) return;
    if (IDLE.has(node.callFrame.functionName)) {
      idle += us;
      return;
    }
    busy += us;
    self.set(key(node.callFrame), (self.get(key(node.callFrame)) ?? 0) + us);
    modules.set(moduleOf(node.callFrame), (modules.get(moduleOf(node.callFrame)) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || frame.functionName === '(root)') continue;
      const k = key(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
      if (/^(electron|shared|bin|out)\//.test(location(frame))) projectInclusive.set(k, (projectInclusive.get(k) ?? 0) + us);
    }
  });

  const window = Number.isFinite(toSeconds) || fromSeconds > 0 ? `, window ${fromSeconds}–${toSeconds} s` : '';
  return [
    `# ${path}`,
    `profile ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s${window}: busy ${(busy / 1e6).toFixed(2)} s, idle ${(idle / 1e6).toFixed(2)} s (percentages are of busy time)`,
    table('Self time by module', [...modules], busy, top),
    table('Self time by function', [...self], busy, top),
    table('Inclusive time, project functions (electron/, shared/, out/ bundle)', [...projectInclusive], busy, top),
    table('Inclusive time, all functions', [...inclusive], busy, top),
  ].join('\n');
}

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
};
const options: Options = { top: flag('--top', 25), fromSeconds: flag('--from', 0), toSeconds: flag('--to', Infinity) };
const files = args.filter((arg) => arg.endsWith('.cpuprofile'));
if (files.length === 0) {
  console.error('usage: npx tsx bench/gateway/profile-summary.ts <file.cpuprofile>... [--top 25] [--from s] [--to s]');
  process.exit(2);
}
for (const file of files) console.log(summarize(file, options));
