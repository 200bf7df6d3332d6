import { describe, expect, it } from 'vitest';
import { answerTextOf } from '../runs/answer-text';
import { beginRun, IDLE_RUN, type RunState } from '../runs/run-state';
import { answeredPaneCount, diffCandidatesOf } from './candidates';

const run = (patch: Partial<RunState>): RunState => ({ ...beginRun('r', 0), status: 'done', ...patch });

describe('diffCandidatesOf', () => {
  it('takes every pane whose run has text or tool calls, labelled by pane id', () => {
    const byPane = {
      main: run({ answer: answerTextOf('Hello') }),
      b: run({ toolCalls: [{ index: 0, id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' }] }),
      empty: run({ answer: answerTextOf('') }),
      idle: IDLE_RUN,
    };
    expect(diffCandidatesOf(byPane)).toEqual([
      { id: 'main', label: 'Pane main', text: 'Hello', toolCalls: [] },
      { id: 'b', label: 'Pane b', text: '', toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' }] },
    ]);
    expect(answeredPaneCount(byPane)).toBe(2);
  });

  it.each([
    { name: 'no runs', byPane: {}, count: 0 },
    { name: 'a run still without output', byPane: { main: run({ status: 'running' }) }, count: 0 },
    { name: 'a partial answer of a stopped run', byPane: { main: run({ status: 'stopped', answer: answerTextOf('Par') }) }, count: 1 },
  ])('counts $name', ({ byPane, count }) => {
    expect(answeredPaneCount(byPane)).toBe(count);
    expect(diffCandidatesOf(byPane)).toHaveLength(count);
  });
});
