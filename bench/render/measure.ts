/**
 * In-page measurement with Chromium's performance APIs: long tasks (PerformanceObserver
 * 'longtask'), frames (a requestAnimationFrame counter) and the JS heap through CDP after a forced GC.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

export interface Sample {
  longestTaskMs: number;
  longTasks: number;
  tasksOver50: number;
  fps: number;
  seconds: number;
  /** Frames over 50 ms (Long Animation Frames API), with what their time went to. */
  longFrames: LongFrame[];
}

/** One long animation frame: its script time by who ran the script, and its own rendering time. */
export interface LongFrame {
  atMs: number;
  durationMs: number;
  /** From the start of rendering (rAF callbacks, style, layout, paint) to the frame's end. */
  renderMs: number;
  /** Style and layout, from their start to the frame's end (includes paint and commit). */
  styleLayoutMs: number;
  scripts: Array<{ invoker: string; durationMs: number; forcedLayoutMs: number }>;
}

/** Installed before any page script: the collector is idle until `benchMeasure.start()`. */
export const COLLECTOR = `
window.benchMeasure = (() => {
  let tasks = [], longFrames = [], frames = 0, startedAt = 0, running = false;
  new PerformanceObserver((list) => { if (running) for (const entry of list.getEntries()) tasks.push(entry.duration); }).observe({ type: 'longtask' });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      if (!running) return;
      for (const f of list.getEntries()) {
        if (f.duration <= 50) continue;
        const end = f.startTime + f.duration;
        longFrames.push({
          atMs: Math.round(f.startTime - startedAt), durationMs: Math.round(f.duration),
          renderMs: f.renderStart ? Math.round(end - f.renderStart) : 0,
          styleLayoutMs: f.styleAndLayoutStart ? Math.round(end - f.styleAndLayoutStart) : 0,
          scripts: f.scripts.map((s) => ({ invoker: s.invoker || s.invokerType, durationMs: Math.round(s.duration), forcedLayoutMs: Math.round(s.forcedStyleAndLayoutDuration) })),
        });
      }
    }).observe({ type: 'long-animation-frame' });
  }
  const tick = () => { if (!running) return; frames++; requestAnimationFrame(tick); };
  return {
    start() { tasks = []; longFrames = []; frames = 0; running = true; startedAt = performance.now(); requestAnimationFrame(tick); },
    stop() {
      running = false;
      const seconds = (performance.now() - startedAt) / 1000;
      return { longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, tasksOver50: tasks.filter((d) => d > 50).length, fps: frames / seconds, seconds, longFrames };
    },
  };
})();
`;

export async function startMeasuring(page: Page): Promise<void> {
  await page.evaluate('window.benchMeasure.start()');
}

export async function stopMeasuring(page: Page): Promise<Sample> {
  return (await page.evaluate('window.benchMeasure.stop()')) as Sample;
}

/** Used JS heap in MB after a full collection. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** A heap snapshot of the page, for finding what the heap after a run holds. */
export async function writeHeapSnapshot(cdp: CDPSession, path: string): Promise<void> {
  const parts: string[] = [];
  const collect = ({ chunk }: { chunk: string }): void => void parts.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, parts.join(''));
}

/** Main-thread time so far, in seconds, from CDP's Performance metrics (the domain must be enabled). */
export async function mainThreadTimes(cdp: CDPSession): Promise<{ task: number; script: number; styleLayout: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string): number => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { task: value('TaskDuration'), script: value('ScriptDuration'), styleLayout: value('LayoutDuration') + value('RecalcStyleDuration') };
}
