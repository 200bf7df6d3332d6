import type { ChatChunk, ChatCitation, ChatUsage, ServerContentBlock, ThinkingBlock } from '../../../../shared/chat/chunk';
import { answerTextString, appendAnswerText, emptyAnswerText, type AnswerText } from './answer-text';
import type { DuetError, InspectedEvent, InspectedRequest, RunEvent, RunRequest } from '../../../../shared/contract';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'stopped';

/** A tool call as it streams: `arguments` is the JSON text accumulated so far (may be invalid until complete). */
export interface RunToolCall {
  index: number;
  id: string;
  name: string;
  arguments: string;
}

/** What the Inspector shows of the upstream side of a run. */
export interface RunInspection {
  /** The translated request as the gateway sent it (key redacted). */
  upstream?: InspectedRequest;
  /** The first raw events, in order; the host sends at most a few thousand in full. */
  events: InspectedEvent[];
  /** Every raw event of the run, kept or not. */
  eventCount: number;
}

/** Raw events kept per run: enough to read a stream's shape, bounded for very long answers. */
export const KEPT_EVENT_LIMIT = 2000;

/** What one pane shows about its latest run. Partial output is kept on every failure. */
export interface RunState {
  runId?: string;
  /** The OpenAI-format request the pane sent. */
  request?: RunRequest;
  inspection: RunInspection;
  status: RunStatus;
  /** The answer so far, in pieces (answer-text.ts); `runText` gives it as one string. */
  answer: AnswerText;
  reasoning: string;
  finishReason?: string;
  /** The custom stop sequence that ended the answer. */
  stopSequence?: string;
  /** Anthropic paused the turn (finish_reason "stop", but the answer is incomplete). */
  pauseTurn?: boolean;
  /** The model the chunks name (the gateway echoes the requested id). */
  model?: string;
  /** Complete signed thinking blocks, in order, to send back verbatim on the next turn. */
  thinkingBlocks: ThinkingBlock[];
  /** Citations with offsets into `text`, in arrival order. */
  citations: ChatCitation[];
  /** Raw server-tool blocks (web search results…), verbatim. */
  contentBlocks: ServerContentBlock[];
  /** Client tool calls, by their stream index. */
  toolCalls: RunToolCall[];
  usage?: ChatUsage;
  error?: DuetError;
  requestId?: string;
  warnings: string[];
  /** Set while the host waits to retry an overloaded or rate-limited upstream. */
  retry?: { attempt: number; maxAttempts: number; delayMs: number; reason: DuetError };
  startedAt?: number;
  /** First token of any kind (thinking, text or tool call). */
  firstTokenAt?: number;
  firstThinkingAt?: number;
  firstTextAt?: number;
  /** First tool-call fragment. */
  firstToolAt?: number;
  endedAt?: number;
}

const NO_INSPECTION: RunInspection = { events: [], eventCount: 0 };

export const IDLE_RUN: RunState = { status: 'idle', answer: emptyAnswerText(), reasoning: '', warnings: [], thinkingBlocks: [], citations: [], contentBlocks: [], toolCalls: [], inspection: NO_INSPECTION };

export function beginRun(runId: string, now: number, request?: RunRequest): RunState {
  // A new lineage: a new answer never counts as the growth of the previous one.
  return { ...IDLE_RUN, runId, status: 'running', answer: emptyAnswerText(), startedAt: now, ...(request ? { request } : {}) };
}

/** The answer as one string, built on each call: read it once a run is over, not per frame. */
export function runText(state: Pick<RunState, 'answer'>): string {
  return answerTextString(state.answer);
}

/** Adds raw upstream events (and the count of those the host left out), keeping at most KEPT_EVENT_LIMIT. */
export function applyInspectedEvents(state: RunState, events: readonly InspectedEvent[], omitted: number): RunState {
  const { inspection } = state;
  const room = KEPT_EVENT_LIMIT - inspection.events.length;
  const kept = room > 0 && events.length > 0 ? [...inspection.events, ...events.slice(0, room)] : inspection.events;
  return { ...state, inspection: { ...inspection, events: kept, eventCount: inspection.eventCount + events.length + omitted } };
}

/** How many thinking blocks came back encrypted (`redacted_thinking`). */
export function redactedBlockCount(state: Pick<RunState, 'thinkingBlocks'>): number {
  return state.thinkingBlocks.filter((block) => block.type === 'redacted_thinking').length;
}

/**
 * Folds a batch of chunks into the run in one step (one render per animation frame).
 * Arrays are copied only when the batch adds to them, so unchanged parts keep their identity.
 */
export function applyChunks(state: RunState, chunks: ChatChunk[], now: number): RunState {
  // Deltas are joined once per batch and appended once, never re-copied per delta.
  const textParts: string[] = [];
  const reasoningParts: string[] = [];
  let { finishReason, stopSequence, pauseTurn, model, usage, firstTokenAt, firstThinkingAt, firstTextAt, firstToolAt } = state;
  let { thinkingBlocks, citations, contentBlocks, toolCalls } = state;
  for (const chunk of chunks) {
    if (chunk.usage) usage = chunk.usage;
    if (chunk.model) model = chunk.model;
    // A pane shows the first choice; another choice's deltas (n > 1) must not mix into its answer.
    const choice = chunk.choices.find((candidate) => candidate.index === 0);
    if (!choice) continue;
    const { delta } = choice;
    if (delta.content) {
      textParts.push(delta.content);
      firstTextAt ??= now;
    }
    if (delta.reasoning_content) {
      reasoningParts.push(delta.reasoning_content);
      firstThinkingAt ??= now;
    }
    if (delta.thinking_blocks?.length) thinkingBlocks = [...thinkingBlocks, ...delta.thinking_blocks];
    if (delta.citations?.length) citations = [...citations, ...delta.citations];
    if (delta.content_blocks?.length) contentBlocks = [...contentBlocks, ...delta.content_blocks];
    if (delta.tool_calls?.length) {
      firstToolAt ??= now;
      toolCalls = mergeToolCalls(toolCalls, delta.tool_calls);
    }
    if (firstTokenAt === undefined && (delta.content || delta.reasoning_content || delta.tool_calls?.length)) firstTokenAt = now;
    if (choice.finish_reason) finishReason = choice.finish_reason;
    if (choice.stop_sequence) stopSequence = choice.stop_sequence;
    if (choice.pause_turn) pauseTurn = true;
  }
  return {
    ...state,
    answer: textParts.length === 0 ? state.answer : appendAnswerText(state.answer, textParts.join('')),
    reasoning: reasoningParts.length === 0 ? state.reasoning : state.reasoning + reasoningParts.join(''),
    thinkingBlocks,
    citations,
    contentBlocks,
    toolCalls,
    ...defined({ finishReason, stopSequence, pauseTurn, model, usage, firstTokenAt, firstThinkingAt, firstTextAt, firstToolAt }),
  };
}

type ToolCallDelta = NonNullable<ChatChunk['choices'][number]['delta']['tool_calls']>[number];

/** `id` and `name` come in the first fragment of each call; argument text accumulates by index. */
function mergeToolCalls(calls: RunToolCall[], deltas: ToolCallDelta[]): RunToolCall[] {
  const next = [...calls];
  for (const delta of deltas) {
    const at = next.findIndex((call) => call.index === delta.index);
    const previous = at === -1 ? { index: delta.index, id: '', name: '', arguments: '' } : next[at];
    if (!previous) continue;
    const merged: RunToolCall = {
      index: delta.index,
      id: delta.id ?? previous.id,
      name: delta.function?.name ?? previous.name,
      arguments: previous.arguments + (delta.function?.arguments ?? ''),
    };
    if (at === -1) next.push(merged);
    else next[at] = merged;
  }
  return next.sort((a, b) => a.index - b.index);
}

/** Drops undefined values, so optional fields stay absent (exactOptionalPropertyTypes). */
function defined<T extends object>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** Applies a non-chunk event. A run the user stopped stays "stopped" whatever arrives after. */
export function applyRunEvent(state: RunState, event: Exclude<RunEvent, { type: 'chunks' }>, now: number): RunState {
  // Arrives after the run ended: the answer stays, with a warning that history does not have it.
  if (event.type === 'not_recorded') {
    return state.runId === event.runId ? { ...state, warnings: [...state.warnings, `This run was not saved to history: ${event.error.message}`] } : state;
  }
  if (state.runId !== event.runId || state.status !== 'running') return state;
  switch (event.type) {
    case 'upstream_request':
      return { ...state, inspection: { ...state.inspection, upstream: event.request } };
    case 'upstream_events':
      return applyInspectedEvents(state, event.events, event.omitted);
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
