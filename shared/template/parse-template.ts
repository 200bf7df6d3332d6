import type { ParsedTemplate, TemplatePart, TemplatePlaceholder, TemplateProblem, TemplateProblemKind, TextSpan } from './types';

/**
 * Variable names: a letter (any script, so prompts in any language can name their
 * variables) or "_", then letters, digits, "_", "." and "-". The dot is kept as part of a
 * flat name (`values["user.name"]`), matching how Handlebars / Dotprompt users write paths.
 */
const NAME = /^[\p{L}_][\p{L}\p{Nd}_.-]*$/u;

const MESSAGES: Record<TemplateProblemKind, (detail: string) => string> = {
  unclosed: () => 'This "{{" is not closed on its line: add "}}", or write \\{{ for literal braces.',
  empty: () => 'Empty placeholder: put a variable name between the braces, or write \\{{ for literal braces.',
  'invalid-name': (name) => `"${name}" is not a valid variable name: use letters, digits, "_", "." and "-", starting with a letter or "_".`,
  // Handlebars users reach for {{{x}}} to skip HTML escaping; Duet never escapes, so it is
  // never needed, and guessing what a triple meant would silently drop or keep a brace.
  'triple-brace': (detail) => `Triple braces are not supported${detail}: {{name}} already inserts values verbatim. Write \\{{ for literal braces.`,
};

/**
 * Finds `{{ name }}` placeholders and everything wrong with the template, without
 * throwing: the editor calls this on every keystroke and underlines the problems.
 *
 * Rules (README.md has the user-facing version):
 * - `\{{` is a literal `{{`; a backslash anywhere else is just a backslash.
 * - A placeholder closes on its own line, before the next `{{`, so one unfinished `{{`
 *   while typing does not swallow the rest of the prompt.
 * - `}}` or `}}}` with no `{{` before it is literal text (JSON in prompts is full of them);
 *   `}}}` right after a placeholder, as in `{{x}}}`, is a triple-brace problem.
 */
export function parseTemplate(text: string): ParsedTemplate {
  const locate = locator(text);
  const parts: TemplatePart[] = [];
  const placeholders: TemplatePlaceholder[] = [];
  const problems: TemplateProblem[] = [];
  let literal = '';
  let i = 0;

  const problem = (kind: TemplateProblemKind, start: number, end: number, detail = ''): void => {
    problems.push({ kind, message: MESSAGES[kind](detail), ...locate(start, end) });
    literal += text.slice(start, end);
  };

  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) break;
    if (open > i && text[open - 1] === '\\') {
      literal += text.slice(i, open - 1) + '{{';
      i = open + 2;
      continue;
    }
    literal += text.slice(i, open);
    const lineEnd = endOfLine(text, open);

    if (text[open + 2] === '{') {
      i = tripleEnd(text, open, lineEnd);
      problem('triple-brace', open, i, ' ("{{{")');
      continue;
    }

    const nextOpen = text.indexOf('{{', open + 2);
    const limit = nextOpen >= 0 && nextOpen < lineEnd ? nextOpen : lineEnd;
    const close = text.indexOf('}}', open + 2);
    if (close < 0 || close >= limit) {
      i = limit;
      problem('unclosed', open, i);
      continue;
    }

    i = close + 2;
    const name = text.slice(open + 2, close).trim();
    if (text[i] === '}') {
      while (text[i] === '}') i++;
      problem('triple-brace', open, i, ' ("}}}")');
    } else if (name === '') {
      problem('empty', open, i);
    } else if (!NAME.test(name)) {
      problem('invalid-name', open, i, name);
    } else {
      if (literal !== '') parts.push({ kind: 'text', text: literal });
      literal = '';
      parts.push({ kind: 'variable', name });
      placeholders.push({ name, ...locate(open, i) });
    }
  }

  literal += text.slice(i);
  if (literal !== '') parts.push({ kind: 'text', text: literal });
  return { parts, placeholders, problems };
}

function endOfLine(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    if (text[k] === '\n' || text[k] === '\r') return k;
  }
  return text.length;
}

/** The end of a `{{{…` run: through its closing braces when they are on the same line, else just the opening run. */
function tripleEnd(text: string, open: number, lineEnd: number): number {
  let k = open;
  while (text[k] === '{') k++;
  const close = text.indexOf('}}', k);
  if (close < 0 || close >= lineEnd) return k;
  k = close;
  while (text[k] === '}') k++;
  return k;
}

/** Offsets → line/column by binary search over line starts, so a long prompt costs O(log lines) per span. */
function locator(text: string): (start: number, end: number) => TextSpan {
  const starts = [0];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) starts.push(k + 1);

  const position = (offset: number): [line: number, column: number] => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return [low + 1, offset - (starts[low] ?? 0) + 1];
  };

  return (start, end) => {
    const [line, column] = position(start);
    const [endLine, endColumn] = position(end);
    return { start, end, line, column, endLine, endColumn };
  };
}
