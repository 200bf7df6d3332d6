import { describe, expect, it } from 'vitest';
import type { ChatChunk } from '../../../../shared/chat/chunk';
import { applyChunks, applyRunEvent, beginRun, stopRun } from './run-state';

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
    expect(state).toMatchObject({ text: 'Hello', reasoning: 'hm', firstTokenAt: 150, finishReason: 'stop', status: 'running' });
  });

  it('keeps the partial answer when the run fails, and marks it', () => {
    const partial = applyChunks(beginRun('r1', 0), [chunk({ content: 'Half an ans' })], 10);
    const failed = applyRunEvent(partial, { runId: 'r1', type: 'error', error: { code: 'stream_interrupted', message: 'cut', retryable: true } }, 20);
    expect(failed).toMatchObject({ status: 'error', text: 'Half an ans', error: { code: 'stream_interrupted' } });
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
});
