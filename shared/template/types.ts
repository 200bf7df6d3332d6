/**
 * Where something sits in a template, in the units the editor uses: offsets are UTF-16
 * code-unit indices into the string (end exclusive, like `String.prototype.slice`);
 * lines and columns are 1-based, columns in UTF-16 code units, so a span maps straight
 * onto a Monaco range (startLineNumber, startColumn, endLineNumber, endColumn).
 * Lines break at "\n" ("\r\n" works: the "\r" is the last column of its line).
 */
export interface TextSpan {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One `{{ name }}` occurrence; the span covers the braces. */
export interface TemplatePlaceholder extends TextSpan {
  name: string;
}

export type TemplateProblemKind = 'unclosed' | 'empty' | 'invalid-name' | 'triple-brace';

/** Something the editor should underline; the span covers what is wrong. */
export interface TemplateProblem extends TextSpan {
  kind: TemplateProblemKind;
  message: string;
}

/**
 * The template cut into literal text (escapes already resolved) and variables, in order.
 * Text covered by a problem stays as raw text: a template with problems is never rendered.
 */
export type TemplatePart = { kind: 'text'; text: string } | { kind: 'variable'; name: string };

export interface ParsedTemplate {
  parts: TemplatePart[];
  placeholders: TemplatePlaceholder[];
  problems: TemplateProblem[];
}

export type RenderResult = { ok: true; text: string } | { ok: false; missing: string[]; problems: TemplateProblem[] };
