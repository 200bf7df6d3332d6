import { describe, expect, it } from 'vitest';
import { describePrompt } from './describe-prompt';

describe('describePrompt', () => {
  it.each([
    ['no front matter', 'Hello {{name}}', {}],
    ['name, description and model', '---\nname: Summarise\ndescription: Short\nmodel: anthropic/claude-sonnet-4-5\n---\nBody', { name: 'Summarise', description: 'Short', model: 'anthropic/claude-sonnet-4-5' }],
    ['empty front matter', '---\n---\nBody', {}],
  ])('%s', (_case, text, expected) => {
    expect(describePrompt(text)).toEqual(expected);
  });

  it.each([
    ['a nested mapping', '---\nname: ok\nmodel: a: b\n---\n', { line: 3, column: 8 }],
    ['a tab as indentation', '---\nname: ok\n\tmodel: x\n---\n', { line: 3, column: 1 }],
    ['a repeated key', '---\nname: ok\nname: again\n---\n', { line: 3, column: 1 }],
  ])('says where the YAML is broken (%s), counting the opening "---" as line 1', (_case, text, position) => {
    expect(describePrompt(text).error).toMatchObject(position);
  });

  it('reports front matter that is never closed, and a field of the wrong type where it is', () => {
    expect(describePrompt('---\nname: x\nBody')).toEqual({ error: { message: expect.stringContaining('not closed') as string, line: 1, column: 1 } });
    expect(describePrompt('---\nname: 42\n---\n').error).toMatchObject({ message: expect.stringContaining('name') as string, line: 2, column: 7 });
  });
});
