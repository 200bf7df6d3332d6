import { describe, expect, it } from 'vitest';
import { parseTemplate } from './parse-template';
import type { TemplateProblemKind } from './types';

/** [name, start, end, line, column, endLine, endColumn]: offsets end-exclusive, lines/columns 1-based. */
type Found = [string, number, number, number, number, number, number];

function found(text: string): Found[] {
  return parseTemplate(text).placeholders.map((p) => [p.name, p.start, p.end, p.line, p.column, p.endLine, p.endColumn]);
}

describe('parseTemplate: placeholders', () => {
  it.each<[string, string, Found[]]>([
    ['simple', 'Hello {{name}}!', [['name', 6, 14, 1, 7, 1, 15]]],
    ['repeated', '{{a}} and {{a}}', [['a', 0, 5, 1, 1, 1, 6], ['a', 10, 15, 1, 11, 1, 16]]],
    ['whitespace inside the braces', '{{  name\t}}', [['name', 0, 11, 1, 1, 1, 12]]],
    ['every allowed name character', '{{ user.first-name_2 }}', [['user.first-name_2', 0, 23, 1, 1, 1, 24]]],
    ['a leading underscore', '{{_x}}', [['_x', 0, 6, 1, 1, 1, 7]]],
    ['adjacent placeholders', '{{a}}{{b}}', [['a', 0, 5, 1, 1, 1, 6], ['b', 5, 10, 1, 6, 1, 11]]],
    // "🙂" is two UTF-16 code units: offsets and columns count code units, as JS strings and Monaco do.
    ['unicode around and in names', 'héllo 🙂 {{名前}} ✓', [['名前', 9, 15, 1, 10, 1, 16]]],
    [
      'multi-line offsets',
      'Line one\n  {{a}}\n\n{{b}} x {{c}}',
      [['a', 11, 16, 2, 3, 2, 8], ['b', 18, 23, 4, 1, 4, 6], ['c', 26, 31, 4, 9, 4, 14]],
    ],
    ['CRLF line breaks', 'a\r\n{{b}}', [['b', 3, 8, 2, 1, 2, 6]]],
    ['an escaped opening is not a placeholder', '\\{{a}} {{b}}', [['b', 7, 12, 1, 8, 1, 13]]],
    ['braces that open nothing are text', 'set {x} and }} and {"a":{"b":{}}}', []],
    ['no text at all', '', []],
  ])('%s', (_label, text, expected) => {
    expect(found(text)).toEqual(expected);
    expect(parseTemplate(text).problems).toEqual([]);
  });

  it('spans slice back to exactly the placeholder', () => {
    const text = 'a {{ x }}\n\tb{{y}}c\n🙂{{ z.w }}';
    for (const p of parseTemplate(text).placeholders) {
      expect(text.slice(p.start, p.end)).toMatch(new RegExp(`^\\{\\{\\s*${p.name.replace('.', '\\.')}\\s*\\}\\}$`));
    }
  });
});

describe('parseTemplate: parts', () => {
  it.each<[string, string, ReturnType<typeof parseTemplate>['parts']]>([
    ['text and variables in order', 'Hi {{a}}, {{b}}', [{ kind: 'text', text: 'Hi ' }, { kind: 'variable', name: 'a' }, { kind: 'text', text: ', ' }, { kind: 'variable', name: 'b' }]],
    ['an escape becomes literal braces', '\\{{a}} {{b}}', [{ kind: 'text', text: '{{a}} ' }, { kind: 'variable', name: 'b' }]],
    ['an escaped triple stays literal', '\\{{{x}}}', [{ kind: 'text', text: '{{{x}}}' }]],
    ['a backslash elsewhere is kept', 'C:\\dir \\{ {{a}}', [{ kind: 'text', text: 'C:\\dir \\{ ' }, { kind: 'variable', name: 'a' }]],
    ['only a variable', '{{a}}', [{ kind: 'variable', name: 'a' }]],
  ])('%s', (_label, text, expected) => {
    expect(parseTemplate(text).parts).toEqual(expected);
  });
});

/** [kind, start, end, line, column, endLine, endColumn] */
type Problem = [TemplateProblemKind, number, number, number, number, number, number];

describe('parseTemplate: problems', () => {
  it.each<[string, string, Problem[], string[]]>([
    ['unclosed at the end', 'Hi {{name', [['unclosed', 3, 9, 1, 4, 1, 10]], []],
    ['unclosed with a single brace', '{{a}', [['unclosed', 0, 4, 1, 1, 1, 5]], []],
    ['unclosed stops at the line end', '{{a\n{{b}}', [['unclosed', 0, 3, 1, 1, 1, 4]], ['b']],
    ['unclosed stops at the next opening', '{{a {{b}}', [['unclosed', 0, 4, 1, 1, 1, 5]], ['b']],
    ['empty', 'x {{}} y', [['empty', 2, 6, 1, 3, 1, 7]], []],
    ['empty with whitespace', '{{   }}', [['empty', 0, 7, 1, 1, 1, 8]], []],
    ['a space in the name', '{{first name}}', [['invalid-name', 0, 14, 1, 1, 1, 15]], []],
    ['a leading digit', '{{1st}}', [['invalid-name', 0, 7, 1, 1, 1, 8]], []],
    ['a leading dash or dot', '{{-a}}{{.a}}', [['invalid-name', 0, 6, 1, 1, 1, 7], ['invalid-name', 6, 12, 1, 7, 1, 13]], []],
    ['an operator', '{{a+b}}', [['invalid-name', 0, 7, 1, 1, 1, 8]], []],
    ['a Handlebars section', '{{#each items}}', [['invalid-name', 0, 15, 1, 1, 1, 16]], []],
    ['invalid on a later line', 'ok\n  {{a b}}', [['invalid-name', 5, 12, 2, 3, 2, 10]], []],
    ['triple opening', '{{{x}}}', [['triple-brace', 0, 7, 1, 1, 1, 8]], []],
    ['triple opening, unclosed', 'a {{{x', [['triple-brace', 2, 5, 1, 3, 1, 6]], []],
    ['quadruple (Handlebars raw block)', '{{{{raw}}}}', [['triple-brace', 0, 11, 1, 1, 1, 12]], []],
    ['triple closing', '{"n": {{x}}}', [['triple-brace', 6, 12, 1, 7, 1, 13]], []],
    ['triple on a later line', '{{a}}\n\n {{{b}}}', [['triple-brace', 8, 15, 3, 2, 3, 9]], ['a']],
    [
      'every problem, in order',
      '{{}} {{1}}\n{{ok}} {{{t}}} {{x',
      [['empty', 0, 4, 1, 1, 1, 5], ['invalid-name', 5, 10, 1, 6, 1, 11], ['triple-brace', 18, 25, 2, 8, 2, 15], ['unclosed', 26, 29, 2, 16, 2, 19]],
      ['ok'],
    ],
  ])('%s', (_label, text, expected, names) => {
    const parsed = parseTemplate(text);
    expect(parsed.problems.map((p): Problem => [p.kind, p.start, p.end, p.line, p.column, p.endLine, p.endColumn])).toEqual(expected);
    expect(parsed.placeholders.map((p) => p.name)).toEqual(names);
  });

  it('names the offending name in the message', () => {
    const [problem] = parseTemplate('{{ first name }}').problems;
    expect(problem?.message).toContain('"first name"');
  });

  it.each<TemplateProblemKind>(['unclosed', 'empty', 'triple-brace'])('tells how to write literal braces (%s)', (kind) => {
    const text = { unclosed: '{{', empty: '{{}}', 'triple-brace': '{{{a}}}', 'invalid-name': '' }[kind];
    expect(parseTemplate(text).problems[0]?.message).toContain('\\{{');
  });
});
