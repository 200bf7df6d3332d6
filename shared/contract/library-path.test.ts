import { describe, expect, it } from 'vitest';
import { libraryPathProblem } from './library-path';

describe('libraryPathProblem', () => {
  it.each([
    ['summarise.prompt', undefined],
    ['team/review/summarise.prompt', undefined],
    ['with space.prompt', undefined],
    ['', 'the name is empty'],
    ['../outside.prompt', 'the path must not contain ".."'],
    ['a/../../b.prompt', 'the path must not contain ".."'],
    ['/etc/passwd.prompt', 'the path must be relative to the library folder'],
    ['C:/x.prompt', 'the path must be relative to the library folder'],
    ['a\\b.prompt', 'use "/" between folders, not "\\"'],
    ['a//b.prompt', 'the path has an empty folder name'],
    ['./a.prompt', 'the path has an empty folder name'],
    ['.hidden.prompt', 'a file or folder name must not start with "."'],
    ['notes.txt', 'the file name must end in ".prompt"'],
    ['a?.prompt', 'the name has a character files cannot have (< > : " | ? * or a control character)'],
  ])('%j → %j', (path, problem) => {
    expect(libraryPathProblem(path)).toBe(problem);
  });
});
