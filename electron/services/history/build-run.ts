import { assembleCompletion } from '../../../shared/chat/assemble-completion';
import type { ChatChunk, ChatCompletion, ChatUsage } from '../../../shared/chat/chunk';
import type { DuetError, HistoryRun, HistoryStatus, InspectedRequest, RunMetrics, RunOrigin, RunRequest } from '../../../shared/contract';
import { estimateTokens, runCost } from '../../../shared/models/run-cost';
import { compactUpstream } from './compact-upstream';
import { preview, promptPreview } from './run-rows';

/** Everything the host saw of one run, gathered while it streamed. */
export interface RunRecording {
  runId: string;
  request: RunRequest;
  origin?: RunOrigin;
  /** Epoch milliseconds. */
  startedAt: number;
  ttftMs?: number;
  durationMs: number;
  upstream?: InspectedRequest;
  chunks: readonly ChatChunk[];
  error?: DuetError;
}

export function runStatus(error: DuetError | undefined): HistoryStatus {
  if (!error) return 'done';
  return error.code === 'cancelled' ? 'cancelled' : 'error';
}

/** The run as history keeps it: the answer assembled from its chunks (a partial one when it failed), its figures and origin. */
export function buildHistoryRun(recording: RunRecording): HistoryRun {
  const { runId, request, origin, error, upstream, chunks } = recording;
  const completion = chunks.length > 0 ? assembleCompletion(chunks) : undefined;
  const message = completion?.choices[0]?.message;
  const answer = message?.content ?? '';
  const thinking = message?.reasoning_content ?? undefined;
  const toolCalls = message?.tool_calls?.map((call) => ('function' in call ? { id: call.id, name: call.function.name, arguments: call.function.arguments } : undefined)).filter((call) => call !== undefined);
  return {
    id: runId,
    startedAt: recording.startedAt,
    model: request.model,
    status: runStatus(error),
    promptPreview: promptPreview(request),
    answerPreview: preview(answer),
    // A client that sends no origin (older ones) gets a group of its own: the run alone.
    group: origin?.group ?? runId,
    pane: origin?.pane ?? '',
    ...(origin?.paneLabel !== undefined ? { paneLabel: origin.paneLabel } : {}),
    ...(origin?.prompt ? { prompt: origin.prompt } : {}),
    metrics: runMetrics(recording, completion, thinking),
    request,
    ...(upstream ? { upstream: compactUpstream(upstream) } : {}),
    answer,
    ...(thinking ? { thinking } : {}),
    ...(toolCalls && toolCalls.length > 0 ? { toolCalls } : {}),
    ...(completion ? { completion } : {}),
    ...(error ? { error } : {}),
    ...(origin?.snapshot !== undefined ? { snapshot: origin.snapshot } : {}),
  };
}

function runMetrics({ request, ttftMs, durationMs }: RunRecording, completion: ChatCompletion | undefined, thinking: string | undefined): RunMetrics {
  const usage: ChatUsage | undefined = completion?.usage;
  const reasoning = usage?.completion_tokens_details?.reasoning_tokens;
  const metrics: RunMetrics = {
    ttftMs,
    durationMs,
    inputTokens: usage?.prompt_tokens,
    outputTokens: usage?.completion_tokens,
    // As the comparison table does: Anthropic's own figure, else an estimate from the text.
    thinkingTokens: typeof reasoning === 'number' ? reasoning : thinking ? estimateTokens(thinking) : undefined,
    cacheReadTokens: usage ? (usage.cache_read_input_tokens ?? usage.prompt_tokens_details?.cached_tokens ?? undefined) : undefined,
    cacheWriteTokens: usage?.cache_creation_input_tokens,
    costUsd: runCost(completion?.model || request.model, usage)?.total,
  };
  return Object.fromEntries(Object.entries(metrics).filter(([, value]) => value !== undefined && value !== null)) as RunMetrics;
}

/** True for a chunk that carries the first visible output (text, thinking or a tool call), as the run footer counts it. */
export function carriesToken(chunk: ChatChunk): boolean {
  return chunk.choices.some(({ delta }) => Boolean(delta.content || delta.reasoning_content || delta.tool_calls?.length));
}
