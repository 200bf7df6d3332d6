import { describe, expect, it } from 'vitest';
import { parsePromptFile, serializePromptFile } from './index';
import type { PromptFile } from './types';

const load = (files: Record<string, unknown>): [string, string][] =>
  Object.entries(files as Record<string, string>).map(([path, text]) => [path.split('/').pop() ?? path, text]);
const fixtures = load(import.meta.glob('./fixtures/*.prompt', { query: '?raw', import: 'default', eager: true }));
const broken = Object.fromEntries(load(import.meta.glob('./fixtures/broken/*.prompt', { query: '?raw', import: 'default', eager: true })));

function parsed(text: string): PromptFile {
  const result = parsePromptFile(text);
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.line}:${result.error.column}`);
  return result.file;
}

describe('every fixture', () => {
  it('has at least ten', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

  it.each(fixtures)('%s: parse → serialize → parse is the same file, and serializing again changes nothing', (_name, text) => {
    const first = parsed(text);
    const written = serializePromptFile(first);
    expect(parsed(written)).toEqual(first);
    expect(serializePromptFile(parsed(written))).toBe(written);
  });
});

describe('broken fixtures', () => {
  it.each([
    ['broken-yaml.prompt', 5, 1, /^YAML: /],
    ['unclosed-front-matter.prompt', 1, 1, /not closed by a line ---/],
    ['unknown-role.prompt', 7, 8, /Unknown role "assistant"/],
    ['media-without-url.prompt', 5, 3, /needs a url/],
    ['media-wrong-type.prompt', 2, 26, /"size" on a media tag must be a number/],
    ['wrong-type.prompt', 4, 16, /^config\.temperature: /],
    ['duet-misspelt-key.prompt', 3, 3, /^duet\.thinking: .*budget_tokens/],
    ['turn-not-model.prompt', 3, 14, /section 1 of the body is not a model section/],
    ['fork-bad-role.prompt', 9, 16, /^duet\.panes\.0\.fork\.template: Unknown role "bot"/],
    ['unclosed-tag.prompt', 6, 1, /not closed with \}\}/],
    ['too-many-panes.prompt', 3, 3, /at most 3 more panes/],
  ])('%s: line %i, column %i', (name, line, column, message) => {
    const text = broken[name];
    expect(text, name).toBeDefined();
    const result = parsePromptFile(text ?? '');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect({ line: result.error.line, column: result.error.column }).toEqual({ line, column });
  });

  it('counts lines the same with CRLF line endings', () => {
    const result = parsePromptFile((broken['unknown-role.prompt'] ?? '').replace(/\n/g, '\r\n'));
    expect(result).toMatchObject({ ok: false, error: { line: 7, column: 8 } });
  });
});
