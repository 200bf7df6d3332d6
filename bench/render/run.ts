/**
 * `npm run bench:render`: a 1 MB markdown answer in 20,000 deltas streamed through the real path
 * (bench upstream → gateway in the web host → SSE → runs store → Answer/MarkdownAnswer) into one
 * pane of the app, then into four compare panes of the app at once (Run all).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { ROOT, startWebHostProcess } from '../../e2e/fixtures/hosts';
import { machineInfo } from '../gateway/machine';
import { cutIntoDeltas, markdownCorpus } from './markdown-corpus';
import { startMarkdownUpstream, WARM_UP_MARKER, type MarkdownUpstream } from './markdown-upstream';
import { charactersBehind, NEWEST_SECTIONS, sectionStarts, summarizeLag } from './shown-lag';
import { COLLECTOR, heapAfterGc, mainThreadTimes, writeHeapSnapshot, startMeasuring, stopMeasuring, type LongFrame, type Sample } from './measure';
import { renderReport, type Scenario } from './report';

const BYTES = 1_000_000;
const DELTAS = 20_000;
const DELTAS_PER_SECOND = Number(process.env.BENCH_DELTAS_PER_SECOND ?? 1000);
const LABEL = process.env.BENCH_LABEL ?? 'current';
/** A folder: each run's renderer CPU profile is written there. */
const CPU_PROF = process.env.BENCH_CPU_PROF;
/** A folder: a heap snapshot of the page after each run is written there (see heap-summary.ts). */
const HEAP_SNAPSHOT = process.env.BENCH_HEAP_SNAPSHOT;
/** A folder: a Chromium performance trace of each run is written there (see trace-summary.ts). */
const TRACE = process.env.BENCH_TRACE;
/** Comma-separated trace categories; the default has what trace-summary.ts reads. */
const TRACE_CATEGORIES = (process.env.BENCH_TRACE_CATEGORIES ?? 'devtools.timeline,disabled-by-default-devtools.timeline,v8').split(',');
/** Set: each run's frames over 50 ms are listed (Long Animation Frames API): script time by who ran it, then rendering. */
const LIST_FRAMES = Boolean(process.env.BENCH_FRAMES);
/** A comma-separated subset of `one,four,one-end,four-end` runs only those scenarios (quicker while iterating). */
const SCENARIOS = (process.env.BENCH_SCENARIOS ?? 'one,four,one-end,four-end').split(',');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
/** As in playwright.config.ts. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Polled with evaluate (CDP), since the app's CSP forbids the string functions waitForFunction builds. */
async function waitFor(page: Page, condition: string, eachPoll?: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  while (!(await page.evaluate(condition))) {
    if (Date.now() > deadline) throw new Error(`Not reached in time: ${condition}`);
    await eachPoll?.();
    await page.waitForTimeout(200);
  }
}

/** What the lag samples are read against: the upstream's progress, and where each corpus section begins. */
interface LagSource {
  upstream: MarkdownUpstream;
  starts: number[];
}

/**
 * Waits for `finished`, sampling at each poll how far the shown answers are behind the stream: the
 * answer furthest behind against the stream furthest ahead (which pane reads which stream is not
 * known), in characters. `streamsFrom`: the run's first stream among the upstream's.
 */
async function waitSamplingLag(page: Page, finished: string, { upstream, starts }: LagSource, streamsFrom: number): Promise<number[]> {
  const samples: number[] = [];
  await waitFor(page, finished, async () => {
    const shown = (await page.evaluate(NEWEST_SECTIONS)) as Array<number | null>;
    const sent = upstream.sent().slice(streamsFrom);
    const known = shown.filter((section): section is number => section !== null);
    if (sent.length > 0 && known.length > 0) samples.push(charactersBehind(Math.max(...sent), Math.min(...known), starts));
  });
  return samples;
}

async function measureRun(page: Page, begin: () => Promise<void>, finished: string, lagSource: LagSource): Promise<Omit<Scenario, 'name'>> {
  const cdp = await page.context().newCDPSession(page);
  const heapBefore = await heapAfterGc(cdp);
  const stamp = Date.now();
  if (HEAP_SNAPSHOT) await writeHeapSnapshot(cdp, join(HEAP_SNAPSHOT, `render-${stamp}-before.heapsnapshot`));
  await cdp.send('Performance.enable');
  const timesBefore = await mainThreadTimes(cdp);
  await startMeasuring(page);
  if (CPU_PROF) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
  if (TRACE) await page.context().browser()!.startTracing(page, { categories: TRACE_CATEGORIES });
  const streamsFrom = lagSource.upstream.sent().length;
  await begin();
  const lag = summarizeLag(await waitSamplingLag(page, finished, lagSource, streamsFrom));
  const sample: Sample = await stopMeasuring(page);
  const timesAfter = await mainThreadTimes(cdp);
  const mainThread = {
    busy: (timesAfter.task - timesBefore.task) / sample.seconds,
    scriptSeconds: timesAfter.script - timesBefore.script,
    styleLayoutSeconds: timesAfter.styleLayout - timesBefore.styleLayout,
  };
  if (LIST_FRAMES) console.log(describeLongFrames(sample.longFrames));
  if (TRACE) {
    const trace = await page.context().browser()!.stopTracing();
    mkdirSync(TRACE, { recursive: true });
    writeFileSync(join(TRACE, `render-${stamp}.json`), trace);
  }
  if (CPU_PROF) {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(CPU_PROF, { recursive: true });
    writeFileSync(join(CPU_PROF, `render-${Date.now()}.cpuprofile`), JSON.stringify(profile));
  }
  await page.waitForTimeout(500);
  const heapAfter = await heapAfterGc(cdp);
  if (HEAP_SNAPSHOT) await writeHeapSnapshot(cdp, join(HEAP_SNAPSHOT, `render-${stamp}-after.heapsnapshot`));
  return { ...sample, heapBefore, heapAfter, mainThread, lag };
}

function describeLongFrames(frames: LongFrame[]): string {
  const line = (frame: LongFrame): string => {
    const scripts = frame.scripts
      .filter((script) => script.durationMs >= 2)
      .map((script) => `${script.invoker} ${script.durationMs}${script.forcedLayoutMs ? ` (forced layout ${script.forcedLayoutMs})` : ''}`)
      .join(', ');
    return `- ${frame.durationMs} ms at +${frame.atMs} ms: rendering ${frame.renderMs} (style, layout, paint ${frame.styleLayoutMs}); scripts: ${scripts || 'none over 2 ms'}`;
  };
  return [`${frames.length} frames over 50 ms`, ...frames.map(line)].join('\n');
}

/** A run has begun on screen (earlier runs' footers say "finished" too, so the next check needs this first). */
const STREAMING = `document.querySelectorAll('.streaming-indicator').length > 0`;
const finishedIn = (panes: number) => `[...document.querySelectorAll('footer[aria-label="Run details"]')].filter((footer) => footer.textContent.includes('finished')).length === ${panes} && document.querySelectorAll('.streaming-indicator').length === 0`;

/** Types into the first pane's user message (the shared prompt), replacing what it held. */
async function setPrompt(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'User message' }).first().focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/**
 * The app with `panes` panes sharing one prompt: a short warm-up run first, so the code that renders
 * markdown is compiled before the heap is measured, then the measured run of the 1 MB answer.
 */
/**
 * Keeps every answer scrolled to its end while it streams, as a reader following the text would:
 * the growing end is then on screen and rendered at the full pace.
 */
const FOLLOW_THE_END = `const benchFollow = setInterval(() => {
  for (const answer of document.querySelectorAll('section.answer')) answer.scrollTop = answer.scrollHeight;
  if (!document.querySelector('.streaming-indicator')) clearInterval(benchFollow);
}, 100)`;

async function appScenario(browser: Browser, url: string, lagSource: LagSource, panes: number, followEnd = false): Promise<Omit<Scenario, 'name'>> {
  const page = await browser.newPage({ viewport: panes === 1 ? { width: 1280, height: 800 } : { width: 1600, height: 900 } });
  await page.addInitScript(COLLECTOR);
  await page.goto(url);
  for (let added = 1; added < panes; added++) await page.getByRole('button', { name: 'Add pane' }).click();
  const run = () => (panes === 1 ? page.getByRole('button', { name: 'Run', exact: true }) : page.getByRole('button', { name: 'Run all' })).click();
  await setPrompt(page, WARM_UP_MARKER);
  // No earlier footers yet, and a warm-up run may be over before a first check could see it stream.
  await run();
  await waitFor(page, finishedIn(panes));
  await setPrompt(page, 'Write a long answer');
  const result = await measureRun(
    page,
    async () => {
      await run();
      await waitFor(page, STREAMING);
      if (followEnd) await page.evaluate(FOLLOW_THE_END);
    },
    finishedIn(panes),
    lagSource,
  );
  const shown = await page.evaluate(`[...document.querySelectorAll('[data-testid="answer-text"]')].map((answer) => answer.textContent.length).join(', ')`);
  await page.close();
  return { ...result, note: `characters mounted per pane at the end: ${String(shown)}` };
}

async function main(): Promise<void> {
  console.log('Building the renderer…');
  if (!process.env.BENCH_SKIP_BUILD) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const text = markdownCorpus(BYTES);
  const upstream = await startMarkdownUpstream({ deltas: cutIntoDeltas(text, DELTAS), deltasPerSecond: DELTAS_PER_SECOND });
  const host = await startWebHostProcess(upstream.url);
  const lagSource = { upstream, starts: sectionStarts(text) };
  const browser = await chromium.launch({ ...(CHROMIUM ? { executablePath: CHROMIUM } : {}), args: ARGS });
  try {
    const scenarios: Scenario[] = [];
    if (SCENARIOS.includes('one')) scenarios.push({ name: 'app, one pane', ...(await appScenario(browser, host.url, lagSource, 1)) });
    if (SCENARIOS.includes('four')) scenarios.push({ name: 'app, four panes (Run all)', ...(await appScenario(browser, host.url, lagSource, 4)) });
    if (SCENARIOS.includes('one-end')) scenarios.push({ name: 'app, one pane, following the end', ...(await appScenario(browser, host.url, lagSource, 1, true)) });
    if (SCENARIOS.includes('four-end')) scenarios.push({ name: 'app, four panes (Run all), following the end', ...(await appScenario(browser, host.url, lagSource, 4, true)) });
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
