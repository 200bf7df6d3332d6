import type { MachineInfo } from '../gateway/machine';
import type { Sample } from './measure';

export interface Scenario extends Sample {
  name: string;
  heapBefore: number;
  heapAfter: number;
  /** Renderer main thread over the run (CDP Performance metrics): busy share, and seconds of script and of style and layout. */
  mainThread: { busy: number; scriptSeconds: number; styleLayoutSeconds: number };
  /** Characters the shown answers were behind the stream while it ran (see shown-lag.ts): median and 95th percentile of the samples. */
  lag: { median: number; p95: number };
  note?: string;
}

export interface ReportInput {
  label: string;
  scenarios: Scenario[];
  machine: MachineInfo;
  date: Date;
  bytes: number;
  deltas: number;
  deltasPerSecond: number;
}

/** Targets: no task over 50 ms, at least 55 fps, heap back within 10 % after the run. */
export const TARGETS = { longestTaskMs: 50, fps: 55, heapGrowth: 0.1 };

const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');

export function renderReport({ label, scenarios, machine, date, bytes, deltas, deltasPerSecond }: ReportInput): string {
  const charactersPerSecond = (bytes / deltas) * deltasPerSecond;
  const behind = (characters: number) => `${(characters / 1000).toFixed(1)} KB (${Math.round((characters / charactersPerSecond) * 1000)} ms)`;
  const rows = scenarios.map((s) => {
    const growth = (s.heapAfter - s.heapBefore) / s.heapBefore;
    return `| ${s.name} | ${s.longestTaskMs.toFixed(0)} ms (${mark(s.longestTaskMs <= TARGETS.longestTaskMs)}; ${s.tasksOver50} over 50 ms of ${s.longTasks} long) | ${s.fps.toFixed(1)} (${mark(s.fps >= TARGETS.fps)}) | ${s.heapBefore.toFixed(1)} → ${s.heapAfter.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)} %, ${mark(growth <= TARGETS.heapGrowth)}) | ${(s.mainThread.busy * 100).toFixed(0)} % (script ${s.mainThread.scriptSeconds.toFixed(1)} s, style and layout ${s.mainThread.styleLayoutSeconds.toFixed(1)} s) | ${behind(s.lag.median)}; ${behind(s.lag.p95)} | ${s.seconds.toFixed(1)} s | ${s.note ?? ''} |`;
  });
  return [
    `## Render bench (${label}), ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${(bytes / 1e6).toFixed(1)} MB of markdown in ${deltas.toLocaleString('en-US')} deltas per pane, ${deltasPerSecond.toLocaleString('en-US')} deltas/s per stream, through web host → gateway → SSE → runs store → Answer.`,
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb.toFixed(1)} GB, ${machine.kernel}; Debian Chromium, flags as in playwright.config.ts.`,
    '',
    '| scenario | longest main-thread task | frames/s | JS heap before → after (after GC) | main thread busy | formatted text behind the stream (median; 95th percentile) | stream time | note |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Targets: no task over ${TARGETS.longestTaskMs} ms, ≥ ${TARGETS.fps} fps, heap back within ${TARGETS.heapGrowth * 100} % after the run (the finished answers stay on screen, so the "after" heap holds them).`,
    '',
  ].join('\n');
}
