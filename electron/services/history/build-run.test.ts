import { describe, expect, it } from 'vitest';
import type { ChatChunk } from '../../../shared/chat/chunk';
import type { RunRequest } from '../../../shared/contract';
import { buildHistoryRun, runStatus, type RunRecording } from './build-run';

const request: RunRequest = { model: 'claude-sonnet-5-5', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'First question' }, { role: 'assistant', content: 'ok' }, { role: 'user', content: [{ type: 'text', text: 'Second   question\nhere' }] }] };
const chunk = (delta: ChatChunk['choices'][number]['delta'], extra: Partial<ChatChunk> = {}, finish: ChatChunk['choices'][number]['finish_reason'] = null): ChatChunk => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'claude-sonnet-5-5',
  choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  ...extra,
});
const recording = (overrides: Partial<RunRecording> = {}): RunRecording => ({ runId: 'run_00000001', request, startedAt: 1000, ttftMs: 40, durationMs: 500, chunks: [], ...overrides });

describe('buildHistoryRun', () => {
  it.each([
    [undefined, 'done'],
    [{ code: 'cancelled' as const, message: 'The run was stopped.', retryable: false }, 'cancelled'],
    [{ code: 'overloaded' as const, message: 'Overloaded', retryable: true }, 'error'],
  ])('status of a run ending with %j is %s', (error, status) => {
    expect(runStatus(error)).toBe(status);
  });

  it('assembles the answer, thinking and tool calls from the chunks, with the figures and cost', () => {
    const chunks = [
      chunk({ role: 'assistant', reasoning_content: 'Let me think' }),
      chunk({ content: 'Hello ' }),
      chunk({ content: 'there' }),
      chunk({ tool_calls: [{ index: 0, id: 'toolu_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":' } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '"Oslo"}' } }] }, {}, 'tool_calls'),
      { ...chunk({}), choices: [], usage: { prompt_tokens: 1_000_000, completion_tokens: 100_000, total_tokens: 1_100_000, cache_read_input_tokens: 0, cache_creation_input_tokens: 0 } },
    ];
    const run = buildHistoryRun(recording({ chunks, origin: { group: 'group_0001', pane: 'p1', paneLabel: 'B', prompt: { path: 'a.prompt', version: 'deadbeef' }, snapshot: '{}' } }));
    expect(run).toMatchObject({
      id: 'run_00000001',
      status: 'done',
      model: 'claude-sonnet-5-5',
      answer: 'Hello there',
      answerPreview: 'Hello there',
      promptPreview: 'Second question here',
      thinking: 'Let me think',
      toolCalls: [{ id: 'toolu_1', name: 'get_weather', arguments: '{"city":"Oslo"}' }],
      group: 'group_0001',
      pane: 'p1',
      paneLabel: 'B',
      prompt: { path: 'a.prompt', version: 'deadbeef' },
      snapshot: '{}',
    });
    // Sonnet 5.5 lists $2 in / $10 out per million tokens.
    expect(run.metrics).toEqual({ ttftMs: 40, durationMs: 500, inputTokens: 1_000_000, outputTokens: 100_000, thinkingTokens: 3, cacheReadTokens: 0, cacheWriteTokens: 0, costUsd: 3 });
    expect(run.completion).toMatchObject({ object: 'chat.completion', choices: [{ finish_reason: 'tool_calls' }] });
  });

  it('keeps the partial answer and the error of a failed run', () => {
    const error = { code: 'stream_interrupted' as const, message: 'The answer was cut off.', retryable: true };
    const run = buildHistoryRun(recording({ chunks: [chunk({ content: 'Half an ans' })], error }));
    expect(run).toMatchObject({ status: 'error', answer: 'Half an ans', error });
    expect(run.metrics.costUsd).toBeUndefined();
  });

  it('gives a run without origin (an older client) a group of its own and no chunks no completion', () => {
    const run = buildHistoryRun(recording({ runId: 'run_lonely01' }));
    expect(run).toMatchObject({ group: 'run_lonely01', pane: '', answer: '', answerPreview: '' });
    expect(run).not.toHaveProperty('completion');
    expect(run).not.toHaveProperty('paneLabel');
  });

  it('shortens long previews with an ellipsis', () => {
    const long = 'word '.repeat(100);
    const run = buildHistoryRun(recording({ request: { model: 'm', messages: [{ role: 'user', content: long }] } }));
    expect(run.promptPreview).toHaveLength(200);
    expect(run.promptPreview.endsWith('…')).toBe(true);
  });
});
