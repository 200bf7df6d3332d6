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
}

/** Installed before any page script: the collector is idle until `benchMeasure.start()`. */
export const COLLECTOR = `
window.benchMeasure = (() => {
  let tasks = [], frames = 0, startedAt = 0, running = false;
  new PerformanceObserver((list) => { if (running) for (const entry of list.getEntries()) tasks.push(entry.duration); }).observe({ type: 'longtask' });
  const tick = () => { if (!running) return; frames++; requestAnimationFrame(tick); };
  return {
    start() { tasks = []; frames = 0; running = true; startedAt = performance.now(); requestAnimationFrame(tick); },
    stop() {
      running = false;
      const seconds = (performance.now() - startedAt) / 1000;
      return { longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, tasksOver50: tasks.filter((d) => d > 50).length, fps: frames / seconds, seconds };
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
