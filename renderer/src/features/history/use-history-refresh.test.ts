import { describe, expect, it, vi } from 'vitest';
import { runEnded } from './use-history-refresh';

vi.mock('../../bridge/bridge', () => ({ bridge: { invoke: vi.fn(), on: vi.fn() } }));

const run = (runId: string, status: 'idle' | 'running' | 'done' | 'error' | 'stopped') => ({ runId, status });

describe('runEnded', () => {
  it.each([
    ['a run finished', { a: run('r1', 'running') }, { a: run('r1', 'done') }, true],
    ['a run failed', { a: run('r1', 'running') }, { a: run('r1', 'error') }, true],
    ['a run was stopped', { a: run('r1', 'running') }, { a: run('r1', 'stopped') }, true],
    ['a run is still streaming', { a: run('r1', 'running') }, { a: run('r1', 'running') }, false],
    ['a new run started in the pane', { a: run('r1', 'done') }, { a: run('r2', 'running') }, false],
    ['a finished run is re-rendered', { a: run('r1', 'done') }, { a: run('r1', 'done') }, false],
    ['one pane of two ended', { a: run('r1', 'running'), b: run('r2', 'running') }, { a: run('r1', 'running'), b: run('r2', 'done') }, true],
    ['the runs were cleared', { a: run('r1', 'running') }, {}, false],
  ])('%s: %s', (_name, before, now, expected) => {
    expect(runEnded(now, before)).toBe(expected);
  });
});
