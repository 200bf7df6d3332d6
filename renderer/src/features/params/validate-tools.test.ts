import { describe, expect, it } from 'vitest';
import { toolNames, validateTools } from './validate-tools';
import { validateSchema } from './validate-schema';

const object = { type: 'object', properties: { city: { type: 'string' } } };

describe('validateTools', () => {
  it('takes empty text as no tools', () => {
    expect(validateTools('  ')).toEqual({ ok: true, tools: [] });
  });

  it('keeps OpenAI function tools and server tools, and converts Anthropic tools', () => {
    const text = JSON.stringify([
      { type: 'function', function: { name: 'a', parameters: object } },
      { name: 'get_weather', description: 'Weather', input_schema: object, cache_control: { type: 'ephemeral' } },
      { type: 'web_search_20250305', name: 'web_search', max_uses: 3 },
    ]);
    const result = validateTools(text);
    expect(result).toEqual({
      ok: true,
      tools: [
        { type: 'function', function: { name: 'a', parameters: object } },
        { type: 'function', function: { name: 'get_weather', description: 'Weather', parameters: object }, cache_control: { type: 'ephemeral' } },
        { type: 'web_search_20250305', name: 'web_search', max_uses: 3 },
      ],
    });
    expect(result.ok && toolNames(result.tools)).toEqual(['a', 'get_weather', 'web_search']);
  });

  it.each([
    ['a name of 64 characters', 'x'.repeat(64), true],
    ['a name of 65 characters', 'x'.repeat(65), false],
    ['a name with a space', 'get weather', false],
    ['an empty name', '', false],
    ['a name with - and _', 'get-weather_2', true],
  ])('%s', (_label, name, ok) => {
    expect(validateTools(JSON.stringify([{ name, input_schema: object }])).ok).toBe(ok);
  });

  it.each([
    ['not an array', '{"name": "a"}', 'Tools must be a JSON array of tools.', 1, 1],
    ['a tool that is not an object', '[\n  42\n]', 'Tool 1: a tool must be a JSON object.', 2, 3],
    ['a missing schema', '[{"name": "a"}]', 'Tool 1 (a): "input_schema" is missing (a JSON Schema with "type": "object").', 1, 2],
    ['a schema that is not an object type', '[{"name": "a",\n "input_schema": {"type": "string"}}]', 'Tool 1 (a): "input_schema" must have "type": "object" at its root.', 2, 18],
    ['parameters that are an array', '[{"type": "function", "function": {"name": "f", "parameters": []}}]', 'Tool 1 (f): "function.parameters" must be a JSON Schema object.', 1, 63],
    ['a function tool without function', '[{"type": "function"}]', 'Tool 1: a function tool needs a "function" object.', 1, 2],
    ['a tool with neither shape', '[{"description": "x"}]', 'Tool 1: a tool needs "type": "function" with a "function" object, or a "name" and an "input_schema".', 1, 2],
    ['an unknown type', '[{"type": "Function!", "name": "x"}]', 'Tool 1 (x): "type": "Function!" is neither "function" nor an Anthropic server tool type.', 1, 11],
    ['a bad name', '[{"name": "a b", "input_schema": {"type": "object"}}]', 'Tool 1: "a b" is not a valid tool name (1–64 letters, digits, _ or -).', 1, 11],
  ])('rejects %s, naming where', (_label, text, message, line, column) => {
    const result = validateTools(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ message, line, column });
  });

  it('reports invalid JSON with the line and column of the fault', () => {
    const result = validateTools('[\n  {"name": "a",}\n]');
    expect(result).toEqual({ ok: false, issues: [{ message: 'Invalid JSON: expected a property name in double quotes.', line: 2, column: 16 }] });
  });

  it('rejects a name used twice, with the index and name of the second', () => {
    const tool = { name: 'dup', input_schema: object };
    const result = validateTools(`[${JSON.stringify(tool)},\n${JSON.stringify({ type: 'function', function: { name: 'dup', parameters: object } })}]`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ index: 1, name: 'dup', line: 2, column: 1 })]);
  });
});

describe('validateSchema', () => {
  it.each([
    ['', { ok: true, schema: null }],
    ['{"type": "object"}', { ok: true, schema: { type: 'object' } }],
    ['[1]', { ok: false, issues: [{ message: 'The schema must be a JSON object.', line: 1, column: 1 }] }],
    ['{\n "type": "map"}', { ok: false, issues: [expect.objectContaining({ line: 2, column: 10 })] }],
    ['{"type": }', { ok: false, issues: [expect.objectContaining({ message: 'Invalid JSON: unexpected character "}".', line: 1, column: 10 })] }],
  ])('%j', (text, expected) => {
    expect(validateSchema(text)).toEqual(expected);
  });
});
