import { describe, expect, it } from 'vitest';
import { reactToDisk, reactToOutsideChange } from './outside-change';

describe('reactToOutsideChange', () => {
  it.each([
    ['no file open', undefined, ['a.prompt'], false, 'ignore'],
    ['another file changed', 'a.prompt', ['b.prompt'], true, 'ignore'],
    ['the open file, no unsaved edits', 'a.prompt', ['b.prompt', 'a.prompt'], false, 'check-disk'],
    ['the open file, with unsaved edits', 'a.prompt', ['a.prompt'], true, 'conflict'],
  ] as const)('%s', (_case, open, changed, dirty, expected) => {
    expect(reactToOutsideChange(open, changed, dirty)).toBe(expected);
  });
});

describe('reactToDisk', () => {
  it.each([
    ['gone from disk', { found: false } as const, 'gone'],
    ['the version we have', { found: true, version: 'v1' } as const, 'same'],
    ['a new version', { found: true, version: 'v2' } as const, 'reload'],
  ] as const)('%s', (_case, disk, expected) => {
    expect(reactToDisk('v1', disk)).toBe(expected);
  });
});
