import { describe, expect, it } from 'vitest';
import { literalCode, PYTHON_STYLE, stringCode, TS_STYLE, type LiteralStyle } from './literal';
import { fileMarker, variableMarker } from './markers';

const ID = 'cd'.repeat(32);
const ts: LiteralStyle = { ...TS_STYLE, file: (id) => `fileBase64("${id.slice(0, 2)}")` };
const py: LiteralStyle = { ...PYTHON_STYLE, file: (id) => `file_base64("${id.slice(0, 2)}")` };

describe('stringCode', () => {
  it.each([
    ['a plain string, escaped', 'say "hi"\n', ts, '"say \\"hi\\"\\n"'],
    ['a template keeps its placeholders in a render call', `Hi ${variableMarker('name')}, ${variableMarker('day')}`, ts, 'render("Hi {{name}}, {{day}}")'],
    ['literal braces next to a variable are joined instead of rendered', `{{x}} ${variableMarker('name')}`, py, '"{{x}} " + variables["name"]'],
    ['a file inside a data URL', `data:application/pdf;base64,${fileMarker(ID)}`, py, '"data:application/pdf;base64," + file_base64("cd")'],
    ['a whole-string file', fileMarker(ID), ts, 'fileBase64("cd")'],
  ])('%s', (_name, value, style, code) => {
    expect(stringCode(value, style)).toBe(code);
  });
});

describe('literalCode', () => {
  const value = { model: 'claude', 'anthropic-beta': ['a'], stream: true, stop: null, empty: [], nested: {} };

  it('writes TypeScript with bare identifier keys and quoted others', () => {
    expect(literalCode(value, ts)).toBe('{\n  model: "claude",\n  "anthropic-beta": [\n    "a",\n  ],\n  stream: true,\n  stop: null,\n  empty: [],\n  nested: {},\n}');
  });

  it('writes Python with True, None and four-space indents', () => {
    expect(literalCode(value, py)).toBe('{\n    "model": "claude",\n    "anthropic-beta": [\n        "a",\n    ],\n    "stream": True,\n    "stop": None,\n    "empty": [],\n    "nested": {},\n}');
  });

  it('leaves undefined fields out, as JSON does', () => {
    expect(literalCode({ a: 1, b: undefined }, ts)).toBe('{\n  a: 1,\n}');
  });
});
