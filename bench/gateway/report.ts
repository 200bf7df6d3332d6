/**
 * The benchmark's results as a Markdown report: one table, targets side by side,
 * the Duet ÷ Portkey ratios and whether Duet meets its goals.
 */
import type { BenchConfig } from './config.js';
import type { MachineInfo } from './machine.js';
import { cpuPer10k, type StreamCpu } from './measure.js';
import { percentile, type PhaseSummary } from './stats.js';
import type { TargetId } from './targets.js';

export interface MemoryReport {
  startRssKb: number;
  endRssKb: number;
  peakKb: number;
  /** Processes the gateway started (e.g. an esbuild service), not counted above. */
  extraProcesses: { name: string; rssKb: number }[];
}

export interface TargetReport {
  id: TargetId;
  label: string;
  nodeVersion: string;
  failure?: string;
  firstText?: PhaseSummary;
  whole?: PhaseSummary;
  /** One entry per repeat of the phase. */
  longStream?: StreamCpu[];
  concurrent?: StreamCpu[];
  memory?: MemoryReport;
}

export interface BenchReport {
  date: Date;
  durationSeconds: number;
  machine: MachineInfo;
  benchNodeVersion: string;
  config: BenchConfig;
  targets: TargetReport[];
  /** Extra lines for the notes (how each gateway was run). */
  notes: string[];
}

type Value = number | undefined;
type Verdict = 'met' | 'not met' | 'n/a';

interface Row {
  metric: string;
  cells: Partial<Record<TargetId, string>>;
  ratio?: Value;
  goal?: string;
  verdict?: Verdict;
}

const fixed = (digits: number) => (value: Value): string => (value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits));
const ms2 = fixed(2);
const ms3 = fixed(3);
const cpu = fixed(3);
const mb = (kb: Value): string => fixed(1)(kb === undefined ? undefined : kb / 1024);
const thousands = (n: number): string => n.toLocaleString('en-US');

function ratioOf(duet: Value, portkey: Value): Value {
  return duet === undefined || portkey === undefined || portkey === 0 ? undefined : duet / portkey;
}

function verdict(ok: boolean | undefined): Verdict {
  return ok === undefined ? 'n/a' : ok ? 'met' : 'not met';
}

function verdictCell(value: Verdict | undefined): string {
  if (value === undefined) return '';
  return value === 'met' ? '✅ met' : value === 'not met' ? '❌ not met' : 'n/a';
}

export function renderReport(report: BenchReport): string {
  const byId = new Map(report.targets.map((target) => [target.id, target]));
  const direct = byId.get('direct');
  const duet = byId.get('duet');
  const portkey = byId.get('portkey');
  const columns = report.targets.map((target) => target.id);
  const { config } = report;

  const added = (target: TargetReport | undefined, pick: (t: TargetReport) => Value): Value => {
    if (!target || !direct || target.failure || direct.failure) return undefined;
    const mine = pick(target);
    const base = pick(direct);
    return mine === undefined || base === undefined ? undefined : mine - base;
  };
  const each = (pick: (t: TargetReport) => Value, format: (v: Value) => string, gatewaysOnly = false): Row['cells'] => {
    const cells: Row['cells'] = {};
    for (const target of report.targets) {
      cells[target.id] = gatewaysOnly && target.id === 'direct' ? '—' : format(target.failure ? undefined : pick(target));
    }
    return cells;
  };
  const compared = (metric: string, pick: (t: TargetReport) => Value, format: (v: Value) => string, goal?: { text: string; ok: (d: number, p: number | undefined) => boolean | undefined }): Row => {
    const d = duet && !duet.failure ? pick(duet) : undefined;
    const p = portkey && !portkey.failure ? pick(portkey) : undefined;
    return {
      metric,
      cells: each(pick, format, true),
      ratio: ratioOf(d, p),
      goal: goal?.text,
      verdict: goal ? verdict(d === undefined ? undefined : goal.ok(d, p)) : undefined,
    };
  };

  const p50First = (t: TargetReport): Value => t.firstText?.total.p50;
  const p95First = (t: TargetReport): Value => t.firstText?.total.p95;
  const p50Whole = (t: TargetReport): Value => t.whole?.total.p50;
  const parts = (pick: (t: TargetReport) => PhaseSummary | undefined): Row[] => [
    { metric: '↳ request start → upstream has the headers, p50 ms', cells: each((t) => pick(t)?.toUpstreamP50, ms2) },
    { metric: '↳ headers → upstream has the body, p50 ms', cells: each((t) => pick(t)?.uploadP50, ms2) },
    { metric: '↳ upstream answers → client has the text, p50 ms', cells: each((t) => pick(t)?.backP50, ms2) },
    compared('gateway CPU per request, ms', (t) => pick(t)?.gatewayCpuMsPerRequest, ms2),
  ];
  /** The median over a phase's repeats of one figure of each run. */
  const median = (runs: StreamCpu[] | undefined, pick: (run: StreamCpu) => Value): Value => {
    const values = (runs ?? []).map(pick).filter((v): v is number => v !== undefined);
    return values.length ? percentile(values, 0.5) : undefined;
  };
  const spread = (runs: StreamCpu[] | undefined): string => {
    const values = (runs ?? []).map(cpuPer10k).filter((v): v is number => v !== undefined);
    return values.length ? `${cpu(Math.min(...values))}–${cpu(Math.max(...values))}` : '—';
  };
  const spreads = (pick: (t: TargetReport) => StreamCpu[] | undefined): Row['cells'] =>
    Object.fromEntries(report.targets.map((t) => [t.id, t.id === 'direct' || t.failure ? '—' : spread(pick(t))]));
  const longCpu = (t: TargetReport): Value => median(t.longStream, cpuPer10k);
  const concurrentCpu = (t: TargetReport): Value => median(t.concurrent, cpuPer10k);
  const thirdOfPortkey = (d: number, p: number | undefined): boolean | undefined => (p === undefined ? undefined : d <= p / 3);
  const longLabel = `${thousands(config.longDeltas)} deltas`;
  const concurrentLabel = `${config.concurrentStreams} × ${thousands(config.concurrentDeltas)} deltas`;
  const throughput = (run: StreamCpu): Value => (run.streams * run.deltasPerStream) / (run.wallMs / 1000);
  const seconds = (run: StreamCpu): Value => run.wallMs / 1000;
  const gatewayCpu = (run: StreamCpu): Value => run.gatewayCpuSeconds;

  const rows: Row[] = [
    { metric: 'Node version', cells: Object.fromEntries(report.targets.map((t) => [t.id, t.id === 'direct' ? `${report.benchNodeVersion} (bench)` : t.nodeVersion])) },
    { metric: `First text chunk p50, ms (${config.shortDeltas}-delta stream)`, cells: each(p50First, ms2) },
    { metric: 'First text chunk p95, ms', cells: each(p95First, ms2) },
    compared('**Added first-chunk latency p50, ms**', (t) => added(t, p50First), ms3, { text: '≤ 1 ms', ok: (d) => d <= 1 }),
    compared('Added first-chunk latency p95, ms', (t) => added(t, p95First), ms3),
    ...parts((t) => t.firstText),
    { metric: 'Non-stream request p50, ms', cells: each(p50Whole, ms2) },
    compared('Added non-stream latency p50, ms', (t) => added(t, p50Whole), ms3),
    ...parts((t) => t.whole),
    { metric: `(a) 1 stream of ${longLabel}: wall time, s`, cells: each((t) => median(t.longStream, seconds), fixed(2)) },
    { metric: '(a) throughput, deltas/s', cells: each((t) => median(t.longStream, throughput), fixed(0)) },
    compared('(a) gateway CPU, s', (t) => median(t.longStream, gatewayCpu), cpu),
    compared('**(a) gateway CPU s per 10k deltas**', longCpu, cpu, { text: '≤ ⅓ of Portkey', ok: thirdOfPortkey }),
    { metric: `(a) CPU s per 10k deltas, min–max of ${config.cpuRepeats} runs`, cells: spreads((t) => t.longStream) },
    compared('(a) text chunks received per stream', (t) => median(t.longStream, (run) => run.textEventsPerStream), fixed(0)),
    { metric: `(b) ${concurrentLabel} concurrently: wall time, s`, cells: each((t) => median(t.concurrent, seconds), fixed(2)) },
    { metric: '(b) throughput, deltas/s', cells: each((t) => median(t.concurrent, throughput), fixed(0)) },
    compared('(b) gateway CPU, s', (t) => median(t.concurrent, gatewayCpu), cpu),
    compared('**(b) gateway CPU s per 10k deltas**', concurrentCpu, cpu, { text: '≤ ⅓ of Portkey', ok: thirdOfPortkey }),
    { metric: `(b) CPU s per 10k deltas, min–max of ${config.cpuRepeats} runs`, cells: spreads((t) => t.concurrent) },
    compared('RSS after start, MB', (t) => t.memory?.startRssKb, mb),
    compared('RSS at end, MB', (t) => t.memory?.endRssKb, mb),
    compared('**Peak RSS (VmHWM), MB**', (t) => t.memory?.peakKb, mb, { text: '≤ Portkey', ok: (d, p) => (p === undefined ? undefined : d <= p) }),
  ];

  const head = ['Metric', ...columns.map((id) => byId.get(id)?.label ?? id), 'Duet ÷ Portkey', 'Goal (Duet)', 'Met?'];
  const lines = [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : i <= columns.length + 1 ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) =>
      `| ${[row.metric, ...columns.map((id) => row.cells[id] ?? '—'), row.ratio === undefined ? '' : row.ratio.toFixed(2), row.goal ?? '', verdictCell(row.verdict)].join(' | ')} |`,
    ),
  ];

  const { machine } = report;
  const extra = report.targets.flatMap((t) => (t.memory?.extraProcesses ?? []).map((p) => `${t.label}: child process \`${p.name}\` RSS ${mb(p.rssKb)} MB`));
  const failures = report.targets.filter((t) => t.failure).map((t) => `- **${t.label} FAILED**: ${t.failure}`);
  return [
    '# Gateway benchmark',
    '',
    `- Date: ${report.date.toISOString()} (run took ${report.durationSeconds.toFixed(0)} s)`,
    `- Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb.toFixed(1)} GB RAM, ${machine.kernel}`,
    `- Node: bench, fake upstream and Duet ${report.benchNodeVersion}; Portkey ${portkey?.nodeVersion ?? '—'} (@portkey-ai/gateway needs Node 22)`,
    `- Counts: ${config.warmupRequests} warm-up + ${config.latencyRequests} streaming and ${config.nonStreamRequests} non-stream requests per target, interleaved; ` +
      `CPU phases (a) ${longLabel}, (b) ${concurrentLabel}, each run ${config.cpuRepeats}× per target (interleaved; medians shown); delta text ${JSON.stringify(config.deltaText)}; upstream sends ${config.deltasPerWrite} delta frame(s) per write`,
    ...(failures.length ? ['', ...failures] : []),
    '',
    ...lines,
    '',
    'Notes:',
    '- "Added" = the target\'s percentile minus the same percentile measured directly against the fake upstream.',
    '- ↳ rows split each request at the moments the fake upstream saw it (same process and clock as the client); ' +
      '"gateway CPU per request" is the gateway process\'s CPU time over the phase divided by its requests (warm-up included).',
    '- CPU = utime+stime of the gateway process (all threads) from /proc/<pid>/stat, read before and after the phase; ' +
      'every streamed answer was checked to be complete and exact before its numbers were kept.',
    ...report.notes.map((note) => `- ${note}`),
    ...extra.map((line) => `- ${line}`),
    '',
  ].join('\n');
}
