import { describe, expect, it } from 'vitest';
import { answerTextOf } from '../runs/answer-text';
import { beginRun, IDLE_RUN, type RunState } from '../runs/run-state';
import { answeredPaneCount, diffCandidatesOf, type LetteredPane } from './candidates';

const run = (patch: Partial<RunState>): RunState => ({ ...beginRun('r', 0), status: 'done', ...patch });
const lettered = (...ids: string[]): LetteredPane[] => ids.map((id, index) => ({ id, letter: String.fromCharCode(65 + index) }));
const weather = { index: 0, id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' };

describe('diffCandidatesOf', () => {
  it('takes every shown pane whose run has text or tool calls, named by the letter it shows', () => {
    const byPane = {
      main: run({ answer: answerTextOf('Hello') }),
      b: run({ toolCalls: [weather] }),
      empty: run({ answer: answerTextOf('') }),
      idle: IDLE_RUN,
    };
    expect(diffCandidatesOf(byPane, lettered('main', 'empty', 'b', 'idle'))).toEqual([
      { id: 'main', label: 'Pane A', text: 'Hello', toolCalls: [] },
      { id: 'b', label: 'Pane C', text: '', toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}' }] },
    ]);
    expect(answeredPaneCount(byPane, lettered('main', 'empty', 'b', 'idle'))).toBe(2);
  });

  const answered = { main: run({ answer: answerTextOf('One') }), 'pane-2': run({ answer: answerTextOf('Two') }), 'pane-3': run({ answer: answerTextOf('Three') }) };
  it.each([
    { name: 'in screen order', panes: lettered('main', 'pane-2', 'pane-3'), labels: ['main Pane A', 'pane-2 Pane B', 'pane-3 Pane C'] },
    { name: 'in the shuffled blind order, with its letters', panes: lettered('pane-3', 'main', 'pane-2'), labels: ['pane-3 Pane A', 'main Pane B', 'pane-2 Pane C'] },
    { name: 'without a removed pane’s old run', panes: lettered('main', 'pane-3'), labels: ['main Pane A', 'pane-3 Pane B'] },
    { name: 'without panes that have no run at all', panes: lettered('new', 'main'), labels: ['main Pane B'] },
    { name: 'without a pane id that names an object property', panes: lettered('constructor', 'main'), labels: ['main Pane B'] },
  ])('lists answers $name', ({ panes, labels }) => {
    expect(diffCandidatesOf(answered, panes).map(({ id, label }) => `${id} ${label}`)).toEqual(labels);
    expect(answeredPaneCount(answered, panes)).toBe(labels.length);
  });

  it.each([
    { name: 'no runs', byPane: {}, count: 0 },
    { name: 'a run still without output', byPane: { main: run({ status: 'running' }) }, count: 0 },
    { name: 'a partial answer of a stopped run', byPane: { main: run({ status: 'stopped', answer: answerTextOf('Par') }) }, count: 1 },
  ])('counts $name', ({ byPane, count }) => {
    expect(answeredPaneCount(byPane, lettered('main'))).toBe(count);
    expect(diffCandidatesOf(byPane, lettered('main'))).toHaveLength(count);
  });
});
