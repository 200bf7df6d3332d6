import { describe, expect, it } from 'vitest';
import { runOrigin } from '../../../../shared/contract/history';
import { DEFAULT_PARAMS } from '../params/types';
import { MAX_SNAPSHOT_CHARS, newGroupId, originOf, type OriginInput } from './origin';
import { parseSnapshot } from './snapshot';

const input: OriginInput = {
  group: 'g'.repeat(12),
  paneId: 'pane-1234abcd',
  letter: 'B',
  openFile: { path: 'summaries/short.prompt', version: 'abcdef0123' },
  model: 'claude-sonnet-5-5',
  params: DEFAULT_PARAMS,
  prompt: { system: '', messages: [{ id: 'u', role: 'user', text: 'Hi {{name}}', attachments: [] }], values: { name: 'Ada' } },
  forked: true,
};

describe('originOf', () => {
  it('names the group, the pane and its letter, the open file, and carries the pane as a snapshot the host accepts', () => {
    const origin = originOf(input);
    expect(runOrigin.safeParse(origin).success).toBe(true);
    expect(origin).toMatchObject({ group: input.group, pane: 'pane-1234abcd', paneLabel: 'B', prompt: input.openFile });
    expect(parseSnapshot(origin.snapshot)).toEqual({ version: 1, model: input.model, params: DEFAULT_PARAMS, prompt: input.prompt, forked: true });
  });

  it.each<[string, Partial<OriginInput>, string]>([
    ['no open file', { openFile: undefined }, 'prompt'],
    ['an open file with no content version yet', { openFile: { path: 'a.prompt', version: '' } }, 'prompt'],
    ['a pane without a letter', { letter: undefined }, 'paneLabel'],
  ])('leaves the field out for %s, so the run is still accepted', (_name, change, field) => {
    const origin = originOf({ ...input, ...change });
    expect(origin).not.toHaveProperty(field);
    expect(runOrigin.safeParse(origin).success).toBe(true);
  });

  it('leaves out a snapshot over the host’s limit rather than have the run refused', () => {
    const big = { ...input, prompt: { ...input.prompt, system: 'x'.repeat(MAX_SNAPSHOT_CHARS) } };
    const origin = originOf(big);
    expect(origin.snapshot).toBeUndefined();
    expect(runOrigin.safeParse(origin).success).toBe(true);
  });

  it('makes group ids the contract accepts, a new one each time', () => {
    const [a, b] = [newGroupId(), newGroupId()];
    expect(a).not.toBe(b);
    expect(runOrigin.safeParse({ ...originOf(input), group: a }).success).toBe(true);
  });
});
