/// <reference types="vite/client" />
// Fixtures are read with import.meta.glob: shared/ code (tests included) has no node:fs.
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
    ['front-matter-not-a-map.prompt', 2, 1, /must be a map/],
    ['duplicate-key.prompt', 4, 1, /^YAML: .*unique/],
    ['pane-bad-effort.prompt', 5, 41, /^duet\.panes\.0\.thinking\.effort: /],
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

describe('what the fixtures hold', () => {
  const file = (name: string): PromptFile => parsed(fixtures.find(([path]) => path === name)?.[1] ?? '');

  it('minimal: one user section with no tag and no front matter', () => {
    expect(file('minimal.prompt')).toMatchObject({ keyOrder: [], body: [{ role: 'user', text: 'Say hello in one sentence.', media: [], implicit: true }] });
    expect(serializePromptFile(file('minimal.prompt'))).toBe('Say hello in one sentence.\n');
  });

  it('system + multi-turn: the roles in order, a trailing model turn as prefill', () => {
    const { body } = file('system-multi-turn.prompt');
    expect(body.map((section) => section.role)).toEqual(['system', 'user', 'model', 'user', 'model']);
    expect(body.at(-1)?.text).toBe('Try');
  });

  it('Picoschema input and defaults are kept as written', () => {
    expect(file('variables-picoschema.prompt').input).toEqual({
      schema: { topic: 'string, the subject to summarise', 'audience?(enum, who reads it)': ['experts', 'children'], 'length?': 'integer' },
      default: { topic: 'coral reefs', audience: 'children' },
    });
  });

  it('tools: Duet tools, tool choice, a tool call and its results', () => {
    const { duet, body } = file('tools-tool-choice.prompt');
    expect(duet).toMatchObject({ toolChoice: { type: 'tool', name: 'get_weather' }, parallelToolCalls: false, toolCache: { ttl: '1h', tool: 'get_weather' } });
    expect(duet.tools).toMatchObject({ json: [{ name: 'get_weather' }, { type: 'web_search_20250305' }] });
    expect(body[2]).toMatchObject({ role: 'tool', toolCallId: 'toolu_01', text: '{"temp_c": -3, "sky": "snow"}' });
    expect(body[3]).toMatchObject({ isError: true });
  });

  it('Claude settings: thinking, cache marks, a cited PDF with quotes and backslashes, betas', () => {
    const { duet, body } = file('thinking-cache-citations-betas.prompt');
    expect(body.map((section) => section.cache)).toEqual(['1h', '5m', undefined, undefined]);
    expect(body[1]?.media[0]).toMatchObject({ contentType: 'application/pdf', pages: 12, citations: true, context: 'Signed "2024" copy, C:\\scans\\' });
    expect(duet.turns?.[0]?.thinking).toHaveLength(2);
    expect(duet.betas).toHaveLength(2);
  });

  it('panes: three more panes, a fork with its values, an OpenAI-compatible model, a schema kept as text', () => {
    const { duet } = file('panes-forks.prompt');
    expect(duet.fork?.values).toEqual({ name: 'Dr. Okafor' });
    expect(duet.panes?.map((pane) => pane.model)).toEqual(['claude-haiku-4-5', 'openrouter/meta-llama/llama-3.1-70b-instruct', 'claude-opus-4-1']);
    expect(duet.panes?.[1]?.config?.stopSequences).toEqual(['\n\n', 'END']);
    expect(duet.panes?.[1]?.fork?.body.map((section) => section.text)).toEqual(['Write a thank-you note to {{name}}, in verse.', 'Dear']);
    expect(duet.panes?.[2]?.schema).toEqual({ text: '{"type": "object"}' });
  });

  it('CRLF, unicode and odd whitespace: kept, and written back with CRLF', () => {
    const crlf = file('unicode-crlf.prompt');
    expect(crlf).toMatchObject({ lineEnding: '\r\n', name: 'café ☕ — über', description: 'Tabs\tand trailing spaces' });
    expect(crlf.body.map((section) => section.text)).toEqual(['\t  Indented with a tab and spaces.  ', 'こんにちは {{名前}} 👋🏽\n   trailing spaces   \n', '\n']);
    expect(serializePromptFile(crlf).split('\n').every((line, i, lines) => i === lines.length - 1 || line.endsWith('\r'))).toBe(true);
  });

  it('a hand-written Dotprompt file keeps keys Duet does not use, in their order', () => {
    const upstream = file('upstream-dotprompt.prompt');
    expect(upstream).toMatchObject({ variant: 'casual', version: 3, tools: ['lookupUser', 'sendEmail'], config: { safetySettings: [{ threshold: 'BLOCK_ONLY_HIGH' }] } });
    expect(upstream.keyOrder).toEqual(['model', 'variant', 'version', 'config', 'input', 'output', 'tools', 'toolDefs', 'metadata', 'raw', 'myco.reviewed', 'myco.billing.center', 'duet.someFutureSetting']);
    expect(serializePromptFile(upstream)).toMatch(/^---\nmodel: googleai\/gemini-2.0-flash\nvariant: casual\nversion: 3\n/);
  });
});

describe('templates of forks inside the front matter', () => {
  const TEXTS = ['', ' ', '\n', '  leading spaces', 'trailing spaces  ', 'a\n\n\nb', '\ttab', '# not a comment', '---', 'key: value', '"quoted"', 'ends with \\'];

  it.each(TEXTS)('keep the text %j exactly', (text) => {
    const file: PromptFile = {
      ...parsed('Hi\n'),
      duet: {
        fork: { body: [{ role: 'system', text, media: [] }, { role: 'user', text, media: [] }], turns: [], values: { x: text } },
        panes: [{ model: 'm', fork: { body: [{ role: 'model', text, media: [] }], turns: [], values: {} } }],
      },
    };
    const again = parsed(serializePromptFile(file));
    expect(again.duet).toEqual(file.duet);
  });
});
