import type { RunState } from '../runs/run-state';
import { cacheFigures, estimateTokens, formatCount, formatUsd, runCost } from '../results/run-metrics';

/** The figures of one finished run that the comparison lines up; undefined where unknown. */
export interface RunFigures {
  ttftMs?: number;
  durationS?: number;
  tokensIn?: number;
  tokensOut?: number;
  thinkingTokens?: number;
  cacheRead?: number;
  cacheWrite?: number;
  tokensPerSecond?: number;
  costUsd?: number;
}

/** Below a quarter second of streaming the rate only measures how chunks were batched (as in the run footer). */
const MIN_STREAM_SECONDS = 0.25;

export function runFigures(run: RunState): RunFigures {
  if (run.status === 'idle' || run.status === 'running') return {};
  const figures: RunFigures = {};
  const { startedAt, firstTokenAt, endedAt, usage } = run;
  if (startedAt !== undefined && firstTokenAt !== undefined) figures.ttftMs = firstTokenAt - startedAt;
  if (startedAt !== undefined && endedAt !== undefined) figures.durationS = (endedAt - startedAt) / 1000;
  if (usage) {
    figures.tokensIn = usage.prompt_tokens;
    figures.tokensOut = usage.completion_tokens;
    const streamSeconds = firstTokenAt !== undefined && endedAt !== undefined ? (endedAt - firstTokenAt) / 1000 : undefined;
    if (streamSeconds !== undefined && streamSeconds >= MIN_STREAM_SECONDS) figures.tokensPerSecond = usage.completion_tokens / streamSeconds;
    const cost = runCost(run.model, usage);
    if (cost) figures.costUsd = cost.total;
  }
  const reasoning = usage?.completion_tokens_details?.reasoning_tokens;
  if (reasoning !== undefined && reasoning !== null) figures.thinkingTokens = reasoning;
  else if (run.reasoning !== '') figures.thinkingTokens = estimateTokens(run.reasoning);
  const cache = cacheFigures(usage);
  if (cache) {
    figures.cacheRead = cache.read;
    figures.cacheWrite = cache.written;
  }
  return figures;
}

export interface ComparisonRow {
  label: string;
  /** One cell per run, '—' where unknown. */
  cells: string[];
  /** Indexes of the best cells (ties share it); empty when nothing is compared. */
  best: number[];
}

type Better = 'lower' | 'higher' | null;

const ROWS: { label: string; key: keyof RunFigures; better: Better; format(value: number): string }[] = [
  { label: 'Time to first token', key: 'ttftMs', better: 'lower', format: (v) => `${Math.round(v)} ms` },
  { label: 'Duration', key: 'durationS', better: 'lower', format: (v) => `${v.toFixed(2)} s` },
  { label: 'Tokens in', key: 'tokensIn', better: null, format: formatCount },
  { label: 'Tokens out', key: 'tokensOut', better: null, format: formatCount },
  { label: 'Thinking tokens', key: 'thinkingTokens', better: null, format: formatCount },
  { label: 'Cache read', key: 'cacheRead', better: null, format: formatCount },
  { label: 'Cache write', key: 'cacheWrite', better: null, format: formatCount },
  { label: 'Tokens per second', key: 'tokensPerSecond', better: 'higher', format: (v) => v.toFixed(1) },
  { label: 'Cost', key: 'costUsd', better: 'lower', format: formatUsd },
];

/** Which cells hold the best value: only when at least two runs have one to compare. */
function bestOf(values: readonly (number | undefined)[], better: Better): number[] {
  const known = values.flatMap((value, index) => (value === undefined ? [] : [{ value, index }]));
  if (!better || known.length < 2) return [];
  const target = better === 'lower' ? Math.min(...known.map((k) => k.value)) : Math.max(...known.map((k) => k.value));
  if (known.every((k) => k.value === target)) return [];
  return known.filter((k) => k.value === target).map((k) => k.index);
}

/** The comparison table's rows for these runs, in their order; rows nobody has a figure for are left out. */
export function comparisonRows(figures: readonly RunFigures[]): ComparisonRow[] {
  return ROWS.flatMap(({ label, key, better, format }) => {
    const values = figures.map((f) => f[key]);
    if (values.every((value) => value === undefined)) return [];
    return [{ label, cells: values.map((value) => (value === undefined ? '—' : format(value))), best: bestOf(values, better) }];
  });
}
