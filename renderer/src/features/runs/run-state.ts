import type { ChatChunk, ChatUsage } from '../../../../shared/chat/chunk';
import type { DuetError, RunEvent } from '../../../../shared/contract';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

/** What one pane shows about its latest run. Partial output is kept on every failure. */
export interface RunState {
  runId?: string;
  status: RunStatus;
  text: string;
  reasoning: string;
  finishReason?: string;
  usage?: ChatUsage;
  error?: DuetError;
  requestId?: string;
  warnings: string[];
  /** Set while the host waits to retry an overloaded or rate-limited upstream. */
  retry?: { attempt: number; maxAttempts: number; delayMs: number; reason: DuetError };
  startedAt?: number;
  firstTokenAt?: number;
  endedAt?: number;
}

export const IDLE_RUN: RunState = { status: 'idle', text: '', reasoning: '', warnings: [] };

export function beginRun(runId: string, now: number): RunState {
  return { ...IDLE_RUN, runId, status: 'running', startedAt: now };
}

/** Folds a batch of chunks into the run in one step (one render per animation frame). */
export function applyChunks(state: RunState, chunks: ChatChunk[], now: number): RunState {
  let text = state.text;
  let reasoning = state.reasoning;
  let { finishReason, usage, firstTokenAt } = state;
  for (const chunk of chunks) {
    if (chunk.usage) usage = chunk.usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    if (choice.delta.content) text += choice.delta.content;
    if (choice.delta.reasoning_content) reasoning += choice.delta.reasoning_content;
    if (firstTokenAt === undefined && (choice.delta.content || choice.delta.reasoning_content)) firstTokenAt = now;
    if (choice.finish_reason) finishReason = choice.finish_reason;
  }
  return {
    ...state,
    text,
    reasoning,
    ...(finishReason !== undefined ? { finishReason } : {}),
    ...(usage !== undefined ? { usage } : {}),
    ...(firstTokenAt !== undefined ? { firstTokenAt } : {}),
  };
}

/** Applies a non-chunk event. A run the user stopped stays "stopped" whatever arrives after. */
export function applyRunEvent(state: RunState, event: Exclude<RunEvent, { type: 'chunks' }>, now: number): RunState {
  if (state.runId !== event.runId || state.status !== 'running') return state;
  switch (event.type) {
    case 'retrying': {
      const { attempt, maxAttempts, delayMs, reason } = event;
      return { ...state, retry: { attempt, maxAttempts, delayMs, reason } };
    }
    case 'started': {
      const { retry: _retry, ...rest } = state;
      return { ...rest, warnings: event.warnings, ...(event.requestId ? { requestId: event.requestId } : {}) };
    }
    case 'done':
      return { ...state, status: 'done', endedAt: now };
    case 'error':
      return event.error.code === 'cancelled'
        ? { ...state, status: 'stopped', endedAt: now }
        : { ...state, status: 'error', error: event.error, endedAt: now };
  }
}

export function stopRun(state: RunState, now: number): RunState {
  return state.status === 'running' ? { ...state, status: 'stopped', endedAt: now } : state;
}

export function failRun(state: RunState, error: DuetError, now: number): RunState {
  return { ...state, status: 'error', error, endedAt: now };
}
