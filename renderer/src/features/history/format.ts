import type { HistoryStatus, HistorySummary, RunMetrics } from '../../../../shared/contract';
import { formatCount, formatUsd } from '../results/run-metrics';

const pad = (value: number): string => String(value).padStart(2, '0');

/** "2026-12-02 03:04:05" in local time: sortable, and the same width on every row. */
export function formatStartedAt(ms: number): string {
  const date = new Date(ms);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** A day as a date input holds it (YYYY-MM-DD), in local time. */
export function formatDay(ms: number): string {
  return formatStartedAt(ms).slice(0, 10);
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export const STATUS_TEXT: Record<HistoryStatus, string> = { done: 'finished', error: 'failed', cancelled: 'stopped' };

/** The figures a row shows, those the run has: "1.2 s · 12 in / 30 out · $0.0004". */
export function metricsLine(metrics: RunMetrics): string {
  const parts: string[] = [];
  if (metrics.durationMs !== undefined) parts.push(formatDuration(metrics.durationMs));
  if (metrics.inputTokens !== undefined || metrics.outputTokens !== undefined) {
    parts.push(`${formatCount(metrics.inputTokens ?? 0)} in / ${formatCount(metrics.outputTokens ?? 0)} out`);
  }
  if (metrics.costUsd !== undefined) parts.push(formatUsd(metrics.costUsd));
  return parts.join(' · ');
}

/** How the run is named on screen and by its selection checkbox: "Run B · claude-haiku-5-5 · 2026-12-02 03:04:05". */
export function runName(run: Pick<HistorySummary, 'paneLabel' | 'model' | 'startedAt'>): string {
  return `Run${run.paneLabel ? ` ${run.paneLabel}` : ''} · ${run.model} · ${formatStartedAt(run.startedAt)}`;
}

/** One line of a long text, cut with an ellipsis. */
export function preview(text: string, max = 140): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** "Deleted 2 runs and 1 attachment." */
export function deletedMessage(deleted: number, attachmentsRemoved: number): string {
  const runs = `${deleted} run${deleted === 1 ? '' : 's'}`;
  const files = `${attachmentsRemoved} stored attachment${attachmentsRemoved === 1 ? '' : 's'}`;
  return `Deleted ${runs} and ${files} no other run or prompt used.`;
}

/** The export's file name, by the day it was made. */
export function exportFileName(now: number): string {
  return `duet-history-${formatDay(now)}.jsonl`;
}

/** What the selection allows, said beside the actions (Reopen takes up to `maxPanes`, Diff exactly two). */
export function selectionHint(count: number, maxPanes: number): string {
  if (count === 0) return 'Select runs to act on them';
  const notes = [count > maxPanes ? `Reopen takes up to ${maxPanes}` : '', count !== 2 ? 'Diff compares two' : ''].filter(Boolean);
  return `${count} selected${notes.length ? ` · ${notes.join(' · ')}` : ''}`;
}
