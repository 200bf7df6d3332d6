import { describe, expect, it } from 'vitest';
import { displayName, nameToPath } from './file-names';

describe('nameToPath', () => {
  it.each([
    ['Review', { ok: true, path: 'Review.prompt' }],
    ['  team/Review  ', { ok: true, path: 'team/Review.prompt' }],
    ['already.prompt', { ok: true, path: 'already.prompt' }],
    ['/leading', { ok: true, path: 'leading.prompt' }],
    ['', { ok: false, message: 'Give the prompt a name.' }],
    ['../up', { ok: false, message: 'That name cannot be used: the path must not contain "..".' }],
    ['a?b', { ok: false, message: 'That name cannot be used: the name has a character files cannot have (< > : " | ? * or a control character).' }],
  ])('%j', (name, expected) => {
    expect(nameToPath(name)).toEqual(expected);
  });
});

describe('displayName', () => {
  it.each([
    ['x.prompt', 'x'],
    ['team/x.prompt', 'team/x'],
    ['odd', 'odd'],
  ])('%s → %s', (path, expected) => {
    expect(displayName(path)).toBe(expected);
  });
});
