import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parse-json-text';

describe('parseJsonText', () => {
  it.each([
    { name: 'plain JSON', text: '{"a": 1}', result: { ok: true, value: { a: 1 } } },
    { name: 'JSON with surrounding space', text: '\n  [1, 2]\n', result: { ok: true, value: [1, 2] } },
    { name: 'JSON in one fenced block', text: '```json\n{"a": true}\n```', result: { ok: true, value: { a: true } } },
    { name: 'JSON in a bare fence', text: '```\n"text"\n```', result: { ok: true, value: 'text' } },
    { name: 'empty text', text: '   ', result: { ok: false, message: 'It is empty.' } },
    { name: 'prose', text: 'Hello there', result: { ok: false, message: 'It is not valid JSON: unexpected character "H" (line 1, column 1).' } },
    { name: 'a cut-off object', text: '{"a": 1,\n', result: { ok: false, message: 'It is not valid JSON: expected a property name in double quotes (line 1, column 9).' } },
    { name: 'prose around a fence', text: 'Here:\n```json\n{}\n```', result: { ok: false, message: 'It is not valid JSON: unexpected character "H" (line 1, column 1).' } },
  ])('$name', ({ text, result }) => {
    expect(parseJsonText(text)).toEqual(result);
  });
});
