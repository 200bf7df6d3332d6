/**
 * `npm run bench:render`: a 1 MB markdown answer in 20,000 deltas streamed through the real path
 * (bench upstream → gateway in the web host → SSE → runs store → Answer/MarkdownAnswer) into one
 * pane of the app, then into four panes at once (a bench-only page of four real Answer components).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ROOT, startWebHostProcess } from '../../e2e/fixtures/hosts';
import { machineInfo } from '../gateway/machine';
import { cutIntoDeltas, markdownCorpus } from './markdown-corpus';
import { startMarkdownUpstream, WARM_UP_MARKER } from './markdown-upstream';
import { COLLECTOR, heapAfterGc, writeHeapSnapshot, startMeasuring, stopMeasuring, type Sample } from './measure';
import { renderReport, type Scenario } from './report';

const BYTES = 1_000_000;
const DELTAS = 20_000;
const DELTAS_PER_SECOND = Number(process.env.BENCH_DELTAS_PER_SECOND ?? 1000);
const LABEL = process.env.BENCH_LABEL ?? 'current';
/** A folder: each run's renderer CPU profile is written there. */
const CPU_PROF = process.env.BENCH_CPU_PROF;
/** A folder: a heap snapshot of the page after each run is written there (see heap-summary.ts). */
const HEAP_SNAPSHOT = process.env.BENCH_HEAP_SNAPSHOT;
/** `one` or `four` runs only that scenario (quicker while iterating). */
const SCENARIOS = process.env.BENCH_SCENARIOS ?? 'one,four';
const BENCH_DIR = join(ROOT, 'out/bench-render');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
/** As in playwright.config.ts. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Polled with evaluate (CDP), since the app's CSP forbids the string functions waitForFunction builds. */
async function waitFor(page: Page, condition: string): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  while (!(await page.evaluate(condition))) {
    if (Date.now() > deadline) throw new Error(`Not reached in time: ${condition}`);
    await page.waitForTimeout(200);
  }
}

async function measureRun(page: Page, begin: () => Promise<void>, finished: string): Promise<Omit<Scenario, 'name'>> {
  const cdp = await page.context().newCDPSession(page);
  const heapBefore = await heapAfterGc(cdp);
  const stamp = Date.now();
  if (HEAP_SNAPSHOT) await writeHeapSnapshot(cdp, join(HEAP_SNAPSHOT, `render-${stamp}-before.heapsnapshot`));
  await startMeasuring(page);
  if (CPU_PROF) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
  await begin();
  await waitFor(page, finished);
  const sample: Sample = await stopMeasuring(page);
  if (CPU_PROF) {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(CPU_PROF, { recursive: true });
    writeFileSync(join(CPU_PROF, `render-${Date.now()}.cpuprofile`), JSON.stringify(profile));
  }
  await page.waitForTimeout(500);
  const heapAfter = await heapAfterGc(cdp);
  if (HEAP_SNAPSHOT) await writeHeapSnapshot(cdp, join(HEAP_SNAPSHOT, `render-${stamp}-after.heapsnapshot`));
  return { ...sample, heapBefore, heapAfter };
}

async function onePane(browser: Browser, url: string): Promise<Scenario> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(COLLECTOR);
  await page.goto(url);
  const editor = page.getByRole('textbox', { name: 'User message' });
  const finished = `document.querySelector('[aria-label="Run details"]')?.textContent?.includes('finished')`;
  // A short run first, so the code that renders markdown is compiled before the heap is measured.
  await editor.focus();
  await page.keyboard.type(WARM_UP_MARKER);
  await page.getByRole('button', { name: 'Run' }).click();
  await waitFor(page, finished);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Write a long answer');
  const result = await measureRun(
    page,
    () => page.getByRole('button', { name: 'Run' }).click(),
    finished,
  );
  const shown = (await page.getByTestId('answer-text').textContent())?.length ?? 0;
  await page.close();
  return { name: 'app, one pane', ...result, note: `${shown.toLocaleString('en-US')} characters rendered` };
}

async function fourPanes(browser: Browser, url: string): Promise<Scenario> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.route(`${url}/bench-render/**`, (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/bench-render\/?/, '') || 'index.html';
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html';
    return route.fulfill({ body: readFileSync(join(BENCH_DIR, path)), contentType: type });
  });
  await page.addInitScript(COLLECTOR);
  await page.goto(`${url}/bench-render/`);
  await page.waitForFunction(() => 'benchRun' in globalThis);
  await page.evaluate(`window.benchRun(4, ${JSON.stringify(WARM_UP_MARKER)})`);
  await waitFor(page, 'window.benchFinished(4)');
  const result = await measureRun(page, () => page.evaluate('window.benchRun(4)'), 'window.benchFinished(4)');
  await page.evaluate('window.benchClear()');
  await page.waitForTimeout(500);
  const cdp = await page.context().newCDPSession(page);
  const heapCleared = await heapAfterGc(cdp);
  if (HEAP_SNAPSHOT) await writeHeapSnapshot(cdp, join(HEAP_SNAPSHOT, `render-${Date.now()}-cleared.heapsnapshot`));
  await page.close();
  return { name: 'four panes (bench page)', ...result, note: `heap after clearing the panes: ${heapCleared.toFixed(1)} MB` };
}

async function main(): Promise<void> {
  console.log('Building the renderer and the bench page…');
  if (!process.env.BENCH_SKIP_BUILD) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/render/vite.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  const text = markdownCorpus(BYTES);
  const upstream = await startMarkdownUpstream({ deltas: cutIntoDeltas(text, DELTAS), deltasPerSecond: DELTAS_PER_SECOND });
  const host = await startWebHostProcess(upstream.url);
  const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ARGS });
  try {
    const scenarios = [...(SCENARIOS.includes('one') ? [await onePane(browser, host.url)] : []), ...(SCENARIOS.includes('four') ? [await fourPanes(browser, host.url)] : [])];
    const report = renderReport({ label: LABEL, scenarios, machine: machineInfo(), date: new Date(), bytes: BYTES, deltas: DELTAS, deltasPerSecond: DELTAS_PER_SECOND });
    console.log(report);
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/render-latest.md'), report);
  } finally {
    await browser.close();
    await host.stop();
    await upstream.close();
  }
}

await main();
