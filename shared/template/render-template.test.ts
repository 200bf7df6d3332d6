import { describe, expect, it } from 'vitest';
import { renderTemplate } from './render-template';

describe('renderTemplate: substitutes verbatim', () => {
  it.each<[string, string, Record<string, string>, string]>([
    ['simple', 'Hello {{name}}!', { name: 'Ada' }, 'Hello Ada!'],
    ['repeated', '{{a}}-{{a}}', { a: 'x' }, 'x-x'],
    ['whitespace inside the braces', '{{ a }}|{{\ta\t}}', { a: 'x' }, 'x|x'],
    ['dotted names are flat keys', '{{user.name}}', { 'user.name': 'Ada' }, 'Ada'],
    ['adjacent placeholders', '{{a}}{{b}}{{a}}', { a: '1', b: '2' }, '121'],
    ['unicode text and values', 'héllo 🙂 {{名前}} ✓', { 名前: 'Zoë 🚀' }, 'héllo 🙂 Zoë 🚀 ✓'],
    ['multi-line', 'Line one\n  {{a}}\n\n{{b}}', { a: 'x\ny', b: 'z' }, 'Line one\n  x\ny\n\nz'],
    ['an empty string is a value', '[{{a}}]', { a: '' }, '[]'],
    ['escaped braces become literal', '\\{{a}} = {{a}}', { a: '1' }, '{{a}} = 1'],
    ['no placeholders leaves the text alone', 'set {x} and {"a":{"b":{}}}', {}, 'set {x} and {"a":{"b":{}}}'],
    ['the empty template', '', {}, ''],
    ['no recursive expansion of {{ in values', '{{a}} {{b}}', { a: '{{b}}', b: '{{a}}' }, '{{b}} {{a}}'],
    ['a value that looks broken is still just text', '{{a}}', { a: '{{ {{{ }}}' }, '{{ {{{ }}}'],
    ['$& in a value (String.replace would insert the match)', '<{{a}}>', { a: '$&' }, '<$&>'],
    ['$1, $$, $` and $\' in values', '{{a}}|{{b}}|{{c}}|{{d}}', { a: '$1', b: '$$', c: '$`', d: "$'" }, "$1|$$|$`|$'"],
    ['no HTML escaping', '{{a}}', { a: '<b>"Tom" & \'Jerry\'</b> &amp;' }, '<b>"Tom" & \'Jerry\'</b> &amp;'],
    ['extra values are ignored here (see unusedValues)', '{{a}}', { a: '1', b: '2' }, '1'],
  ])('%s', (_label, text, values, expected) => {
    expect(renderTemplate(text, values)).toEqual({ ok: true, text: expected });
  });
});

describe('renderTemplate: refuses', () => {
  it.each<[string, string, Record<string, string>, string[], string[]]>([
    ['every missing value, once each, in first-appearance order', '{{a}} {{b}} {{a}} {{c}}', { b: 'x' }, ['a', 'c'], []],
    ['no values at all', '{{x}}{{y}}', {}, ['x', 'y'], []],
    ['inherited keys are not values', '{{constructor}} {{toString}}', {}, ['constructor', 'toString'], []],
    ['a problem, even with every value present', '{{a}} {{}}', { a: '1' }, [], ['empty']],
    ['problems and missing values together', '{{a}} {{1x}} {{{b}}} {{c', {}, ['a'], ['invalid-name', 'triple-brace', 'unclosed']],
  ])('%s', (_label, text, values, missing, problemKinds) => {
    const result = renderTemplate(text, values);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.missing).toEqual(missing);
    expect(result.problems.map((p) => p.kind)).toEqual(problemKinds);
  });

  it('returns problems with their positions', () => {
    const result = renderTemplate('ok\n {{ }}', {});
    expect(result).toEqual({
      ok: false,
      missing: [],
      problems: [expect.objectContaining({ kind: 'empty', start: 4, end: 9, line: 2, column: 2, endLine: 2, endColumn: 7 })],
    });
  });
});
