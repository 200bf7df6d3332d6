import { describe, expect, it, vi } from 'vitest';
import type { RunEvent } from '../../../../shared/contract';
import { recordedBy } from './use-history-refresh';

vi.mock('../../bridge/bridge', () => ({ bridge: { invoke: vi.fn(), on: vi.fn() } }));

describe('recordedBy', () => {
  it.each<[RunEvent['type'], boolean]>([
    ['done', true],
    ['error', true],
    ['started', false],
    ['retrying', false],
    ['chunks', false],
    ['upstream_request', false],
    ['upstream_events', false],
    ['not_recorded', false],
  ])('%s: %s', (type, expected) => {
    expect(recordedBy({ type })).toBe(expected);
  });
});
