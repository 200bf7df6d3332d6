import { describe, expect, it } from 'vitest';
import { selectionHint, deletedMessage, exportFileName, formatDuration, formatStartedAt, metricsLine, preview, runName } from './format';

const at = new Date(2026, 11, 2, 3, 4, 5).getTime();

describe('history formatting', () => {
  it('writes the start time in local time, zero-padded', () => {
    expect(formatStartedAt(at)).toBe('2026-12-02 03:04:05');
    expect(exportFileName(at)).toBe('duet-history-2026-12-02.jsonl');
  });

  it.each([
    [0, '0 ms'],
    [999, '999 ms'],
    [1000, '1.0 s'],
    [12_345, '12.3 s'],
  ])('duration %i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    ['nothing measured', {}, ''],
    ['duration only', { durationMs: 1500 }, '1.5 s'],
    ['every figure', { durationMs: 200, inputTokens: 1200, outputTokens: 30, costUsd: 0.0004 }, '200 ms · 1,200 in / 30 out · $0.000400'],
    ['output tokens alone', { outputTokens: 5 }, '0 in / 5 out'],
  ])('metrics: %s', (_name, metrics, text) => {
    expect(metricsLine(metrics)).toBe(text);
  });

  it('names a run by its pane letter, model and time, without a letter when it had none', () => {
    expect(runName({ paneLabel: 'B', model: 'claude-haiku-5-5', startedAt: at })).toBe('Run B · claude-haiku-5-5 · 2026-12-02 03:04:05');
    expect(runName({ model: 'm', startedAt: at })).toBe('Run · m · 2026-12-02 03:04:05');
  });

  it.each([
    ['short', 'short'],
    ['  many\n\nlines   here ', 'many lines here'],
    ['x'.repeat(200), `${'x'.repeat(139)}…`],
  ])('preview of %j', (text, expected) => {
    expect(preview(text)).toBe(expected);
  });

  it.each([
    [1, 0, 'Deleted 1 run and 0 stored attachments no other run or prompt used.'],
    [3, 1, 'Deleted 3 runs and 1 stored attachment no other run or prompt used.'],
  ])('deleting %i runs and %i attachments', (runs, files, text) => {
    expect(deletedMessage(runs, files)).toBe(text);
  });

  it.each([
    [0, 'Select runs to act on them'],
    [1, '1 selected · Diff compares two'],
    [2, '2 selected'],
    [5, '5 selected · Reopen takes up to 4 · Diff compares two'],
  ])('the hint for %i selected runs', (count, text) => {
    expect(selectionHint(count, 4)).toBe(text);
  });
});
