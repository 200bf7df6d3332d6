import { describe, expect, it } from 'vitest';
import { IDLE_RUN, type RunState } from '../runs/run-state';
import { comparisonRows, runFigures, type RunFigures } from './comparison';

const finished = (change: Partial<RunState>): RunState => ({ ...IDLE_RUN, runId: 'r', status: 'done', startedAt: 0, firstTokenAt: 200, endedAt: 2200, ...change });

describe('runFigures', () => {
  it('has nothing for a run that has not finished', () => {
    expect(runFigures({ ...IDLE_RUN, status: 'running', startedAt: 0 })).toEqual({});
  });

  it('takes times, tokens, speed, thinking and cache from the run', () => {
    const run = finished({
      usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150, completion_tokens_details: { reasoning_tokens: 7 }, cache_read_input_tokens: 40, cache_creation_input_tokens: 10 },
    });
    expect(runFigures(run)).toEqual({ ttftMs: 200, durationS: 2.2, tokensIn: 100, tokensOut: 50, tokensPerSecond: 25, thinkingTokens: 7, cacheRead: 40, cacheWrite: 10 });
  });

  it('estimates thinking tokens from the text when usage has none, and skips a speed over too short a stream', () => {
    const figures = runFigures(finished({ reasoning: 'x'.repeat(40), firstTokenAt: 2100, usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }));
    expect(figures.thinkingTokens).toBe(10);
    expect(figures.tokensPerSecond).toBeUndefined();
  });

  it('keeps the figures of a failed run', () => {
    expect(runFigures(finished({ status: 'error', firstTokenAt: undefined })).durationS).toBe(2.2);
  });
});

describe('comparisonRows', () => {
  const a: RunFigures = { ttftMs: 300, durationS: 2, tokensOut: 10, tokensPerSecond: 5, costUsd: 0.02 };
  const b: RunFigures = { ttftMs: 100, durationS: 3, tokensOut: 20, tokensPerSecond: 9, costUsd: 0.01 };

  it('marks the lowest time and cost and the highest speed; plain counts have no best', () => {
    const rows = Object.fromEntries(comparisonRows([a, b]).map((row) => [row.label, row]));
    expect(rows['Time to first token']).toEqual({ label: 'Time to first token', cells: ['300 ms', '100 ms'], best: [1] });
    expect(rows.Duration?.best).toEqual([0]);
    expect(rows['Tokens per second']?.best).toEqual([1]);
    expect(rows.Cost).toEqual({ label: 'Cost', cells: ['$0.0200', '$0.0100'], best: [1] });
    expect(rows['Tokens out']?.best).toEqual([]);
  });

  it('leaves out rows nobody has and shows a dash where one run lacks a figure', () => {
    const rows = comparisonRows([{ ttftMs: 5 }, {}]);
    expect(rows).toEqual([{ label: 'Time to first token', cells: ['5 ms', '—'], best: [] }]);
  });

  it('marks no best when all are equal, and every best when some tie', () => {
    expect(comparisonRows([{ durationS: 1 }, { durationS: 1 }])[0]?.best).toEqual([]);
    expect(comparisonRows([{ durationS: 1 }, { durationS: 1 }, { durationS: 2 }])[0]?.best).toEqual([0, 1]);
  });
});
