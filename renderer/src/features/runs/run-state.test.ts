import { describe, expect, it } from 'vitest';
import type { ChatChunk } from '../../../../shared/chat/chunk';
import { applyChunks, applyInspectedEvents, applyRunEvent, beginRun, KEPT_EVENT_LIMIT, redactedBlockCount, runText, stopRun } from './run-state';

const chunk = (delta: ChatChunk['choices'][number]['delta'], finish: ChatChunk['choices'][number]['finish_reason'] = null): ChatChunk => ({
  id: 'c',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'm',
  choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
});

describe('run state', () => {
  it('folds a batch of chunks into text, reasoning, first-token time and finish reason', () => {
    const state = applyChunks(beginRun('r1', 100), [chunk({ role: 'assistant', content: '' }), chunk({ reasoning_content: 'hm' }), chunk({ content: 'Hel' }), chunk({ content: 'lo' }), chunk({}, 'stop')], 150);
    expect(runText(state)).toBe('Hello');
    expect(state).toMatchObject({ reasoning: 'hm', firstTokenAt: 150, finishReason: 'stop', status: 'running' });
  });

  it('keeps the partial answer when the run fails, and marks it', () => {
    const partial = applyChunks(beginRun('r1', 0), [chunk({ content: 'Half an ans' })], 10);
    const failed = applyRunEvent(partial, { runId: 'r1', type: 'error', error: { code: 'stream_interrupted', message: 'cut', retryable: true } }, 20);
    expect(runText(failed)).toBe('Half an ans');
    expect(failed).toMatchObject({ status: 'error', error: { code: 'stream_interrupted' } });
  });

  it('stays stopped when events of a stopped run arrive late', () => {
    const stopped = stopRun(applyChunks(beginRun('r1', 0), [chunk({ content: 'abc' })], 1), 2);
    expect(applyRunEvent(stopped, { runId: 'r1', type: 'done' }, 3).status).toBe('stopped');
    expect(applyRunEvent(stopped, { runId: 'r1', type: 'error', error: { code: 'cancelled', message: 'x', retryable: false } }, 3).status).toBe('stopped');
  });

  it('ignores events of another run', () => {
    const state = beginRun('r2', 0);
    expect(applyRunEvent(state, { runId: 'r1', type: 'done' }, 1)).toBe(state);
  });

  it('keeps signed and redacted thinking blocks, citations and server blocks, with thinking and text times', () => {
    const citation = { type: 'char_location', cited_text: 'The sky is blue.', document_index: 0, document_title: 'Doc', start_char_index: 0, end_char_index: 16, file_id: null } as const;
    const first = applyChunks(beginRun('r1', 0), [chunk({ reasoning_content: 'Let me ' }), chunk({ reasoning_content: 'think.' })], 5);
    const second = applyChunks(
      first,
      [
        chunk({ thinking_blocks: [{ type: 'thinking', thinking: 'Let me think.', signature: 'sig' }] }),
        chunk({ thinking_blocks: [{ type: 'redacted_thinking', data: 'enc' }] }),
        chunk({ content: 'Blue sky' }),
        chunk({ citations: [{ start: 0, end: 8, citation }] }),
      ],
      9,
    );
    expect(second).toMatchObject({ reasoning: 'Let me think.', firstThinkingAt: 5, firstTextAt: 9, firstTokenAt: 5, citations: [{ start: 0, end: 8, citation }] });
    expect(second.thinkingBlocks).toEqual([
      { type: 'thinking', thinking: 'Let me think.', signature: 'sig' },
      { type: 'redacted_thinking', data: 'enc' },
    ]);
    expect(redactedBlockCount(second)).toBe(1);
    expect(first.citations).toEqual([]);
  });

  it('accumulates tool-call arguments by index, with id and name from the first fragment', () => {
    const state = applyChunks(
      beginRun('r1', 0),
      [
        chunk({ tool_calls: [{ index: 0, id: 'toolu_1', type: 'function', function: { name: 'get_weather', arguments: '' } }] }),
        chunk({ tool_calls: [{ index: 1, id: 'toolu_2', type: 'function', function: { name: 'get_time', arguments: '{}' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"location":' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
        { ...chunk({}), choices: [{ index: 0, delta: {}, finish_reason: 'stop', logprobs: null, stop_sequence: 'END' }] },
      ],
      3,
    );
    expect(state.toolCalls).toEqual([
      { index: 0, id: 'toolu_1', name: 'get_weather', arguments: '{"location":"Paris"}' },
      { index: 1, id: 'toolu_2', name: 'get_time', arguments: '{}' },
    ]);
    expect(state).toMatchObject({ firstToolAt: 3, finishReason: 'stop', stopSequence: 'END', model: 'm' });
  });

  it('keeps the latest usage with its cache and reasoning figures', () => {
    const usage = {
      prompt_tokens: 4000,
      completion_tokens: 50,
      total_tokens: 4050,
      cache_creation_input_tokens: 200,
      cache_read_input_tokens: 3400,
      prompt_tokens_details: { cached_tokens: 3400 },
      completion_tokens_details: { reasoning_tokens: 20 },
    };
    const state = applyChunks(beginRun('r1', 0), [chunk({ content: 'x' }), { ...chunk({}), choices: [], usage }], 1);
    expect(state.usage).toEqual(usage);
  });
});

describe('run inspection', () => {
  const event = (n: number) => ({ at: n, event: 'content_block_delta', data: `{"n":${n}}` });

  it('keeps the request it began with, then the upstream request and raw events in order', () => {
    const request = { model: 'claude-x', messages: [{ role: 'user' as const, content: 'Hi' }] };
    const begun = beginRun('r1', 0, request);
    const upstream = { url: 'u', method: 'POST', headers: {}, body: '{}' };
    const sent = applyRunEvent(begun, { runId: 'r1', type: 'upstream_request', request: upstream }, 1);
    const read = applyRunEvent(sent, { runId: 'r1', type: 'upstream_events', events: [event(1), event(2)], omitted: 0 }, 2);
    expect(read.request).toEqual(request);
    expect(read.inspection).toEqual({ upstream, events: [event(1), event(2)], eventCount: 2 });
  });

  it('keeps at most KEPT_EVENT_LIMIT events but counts them all, host omissions included', () => {
    const many = Array.from({ length: KEPT_EVENT_LIMIT + 5 }, (_, i) => event(i));
    const state = applyInspectedEvents(applyInspectedEvents(beginRun('r1', 0), many, 3), [event(9)], 0);
    expect(state.inspection.events).toHaveLength(KEPT_EVENT_LIMIT);
    expect(state.inspection.events.at(-1)).toEqual(event(KEPT_EVENT_LIMIT - 1));
    expect(state.inspection.eventCount).toBe(KEPT_EVENT_LIMIT + 5 + 3 + 1);
  });

  it('joins a batch of text deltas into the text it already had', () => {
    const state = applyChunks(applyChunks(beginRun('r1', 0), [chunk({ content: 'a' }), chunk({ content: 'b' })], 1), [chunk({ content: 'c' })], 2);
    expect(runText(state)).toBe('abc');
  });
});
