import { z } from 'zod';
import { attachmentId } from '../chat/attachment';
import type { DuetError } from './result';
import type { RunRequest } from './run-request';
import type { InspectedRequest } from './index';

/**
 * Run history: every run the host streams is recorded (SQLite in the host). These are the
 * shapes the renderer sees; the host validates every payload with the schemas below.
 */

const id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'an id is 8-64 letters, digits, _ or -');

/** Where a run came from, sent with runs.start so history can group, label and reopen it. */
export const runOrigin = z.object({
  /** One id per Run all (every pane of it shares it); a single pane's run has its own. */
  group: id,
  /** The pane's id and letter ("A") at the time of the run. */
  pane: z.string().min(1).max(64),
  paneLabel: z.string().max(8).optional(),
  /** The library file the prompt came from, and its content version (sha256 hex prefix) when it was run. */
  prompt: z.object({ path: z.string().min(1).max(1024), version: z.string().regex(/^[0-9a-f]{8,64}$/) }).optional(),
  /** The pane as the renderer keeps it (template, variables, parameters, fork), JSON text: Reopen restores it exactly. */
  snapshot: z.string().max(4_000_000, 'the pane snapshot is larger than 4 MB').optional(),
});
export type RunOrigin = z.infer<typeof runOrigin>;

export const historyQuery = z.object({
  /** Words matched in the prompt, the system prompt and the answer (all must match). */
  text: z.string().max(500).optional(),
  model: z.string().max(200).optional(),
  /** A library file's path: runs of that prompt (any version). */
  prompt: z.string().max(1024).optional(),
  /** Epoch milliseconds, inclusive bounds. */
  from: z.number().int().nonnegative().optional(),
  to: z.number().int().nonnegative().optional(),
  limit: z.number().int().min(1).max(500).default(100),
  /** Rows started before this run (its startedAt, then id) come next: keyset paging. */
  before: z.object({ startedAt: z.number().int(), id }).optional(),
});
export type HistoryQuery = z.input<typeof historyQuery>;

export const historySchemas = {
  'history.list': historyQuery,
  'history.get': z.object({ id }),
  /**
   * Deletes the runs, then the stored attachments no remaining run, library prompt or `keepAttachments` refers to
   * (files stored within the last hour stay: the open workspace may use them).
   */
  'history.delete': z.object({
    ids: z.array(id).min(1).max(10_000),
    /** Attachments the open workspace still shows (its panes' chips): never removed, whatever their age. */
    keepAttachments: z.array(attachmentId).max(10_000).optional(),
  }),
  /** Selected runs as JSON Lines, one HistoryRun per line. */
  'history.export': z.object({ ids: z.array(id).min(1).max(10_000) }),
} as const;

export interface RunMetrics {
  /** Milliseconds from start to the first streamed token, and to the end. */
  ttftMs?: number;
  durationMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  thinkingTokens?: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  costUsd?: number;
}

export type HistoryStatus = 'done' | 'error' | 'cancelled';

/** One row of the history list. */
export interface HistorySummary {
  /** The run's runId. */
  id: string;
  startedAt: number;
  model: string;
  status: HistoryStatus;
  /** The start of the last user message, and of the answer. */
  promptPreview: string;
  answerPreview: string;
  group: string;
  pane: string;
  paneLabel?: string;
  prompt?: { path: string; version: string };
  metrics: RunMetrics;
}

/** A recorded run in full. */
export interface HistoryRun extends HistorySummary {
  /** The request as the renderer sent it (attachments as references to the content-addressed store). */
  request: RunRequest;
  /** The translated request as sent upstream, key redacted (what the Inspector shows). */
  upstream?: InspectedRequest;
  /** The answer as assembled from the stream: complete, or the partial answer a failure or Stop left. */
  answer: string;
  thinking?: string;
  toolCalls?: { id: string; name: string; arguments: string }[];
  /** The OpenAI-shaped completion assembled from every chunk (what the Inspector calls the response). */
  completion?: unknown;
  error?: DuetError;
  snapshot?: string;
}

export interface HistoryResponses {
  /** `notice`: what the host recovered from when it opened the history (a damaged file kept aside), said once. */
  'history.list': { runs: HistorySummary[]; total: number; models: string[]; prompts: string[]; notice?: string };
  'history.get': HistoryRun;
  'history.delete': { deleted: number; attachmentsRemoved: number };
  'history.export': { jsonl: string; count: number };
}
