import { splitMarkers, type Segment } from './markers';

/** How one language spells values and the run-time pieces a snippet computes. */
export interface LiteralStyle {
  /** One level of indentation. */
  indent: string;
  keyOf(key: string): string;
  trueText: string;
  falseText: string;
  nullText: string;
  /** A placeholder-only string: the template kept readable, e.g. `render("Hi {{name}}")`. */
  renderCall(template: string): string;
  variable(name: string): string;
  file(id: string): string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** TypeScript object literal spelling. */
export const TS_STYLE: Omit<LiteralStyle, 'file'> = {
  indent: '  ',
  keyOf: (key) => (IDENTIFIER.test(key) ? key : JSON.stringify(key)),
  trueText: 'true',
  falseText: 'false',
  nullText: 'null',
  renderCall: (template) => `render(${JSON.stringify(template)})`,
  variable: (name) => `variables[${JSON.stringify(name)}]`,
};

/** Python dict literal spelling; JSON string escapes are valid Python string escapes. */
export const PYTHON_STYLE: Omit<LiteralStyle, 'file'> = {
  indent: '    ',
  keyOf: (key) => JSON.stringify(key),
  trueText: 'True',
  falseText: 'False',
  nullText: 'None',
  renderCall: (template) => `render(${JSON.stringify(template)})`,
  variable: (name) => `variables[${JSON.stringify(name)}]`,
};

/** One string value as code: a plain literal, a render call, or pieces joined with `+`. */
export function stringCode(value: string, style: LiteralStyle): string {
  const segments = splitMarkers(value);
  if (segments.length === 1 && segments[0]?.kind === 'text') return JSON.stringify(value);
  const onlyTextAndVariables = segments.every((segment) => segment.kind === 'variable' || (segment.kind === 'text' && !segment.text.includes('{{')));
  if (onlyTextAndVariables) return style.renderCall(segments.map((segment) => (segment.kind === 'variable' ? `{{${segment.name}}}` : textOf(segment))).join(''));
  return segments.map((segment) => (segment.kind === 'text' ? JSON.stringify(segment.text) : segment.kind === 'variable' ? style.variable(segment.name) : style.file(segment.id))).join(' + ');
}

function textOf(segment: Segment): string {
  return segment.kind === 'text' ? segment.text : '';
}

/** A JSON value as a multi-line literal in the given style, indented by `indent` levels. */
export function literalCode(value: unknown, style: LiteralStyle, indent = 0): string {
  const pad = style.indent.repeat(indent + 1);
  const end = style.indent.repeat(indent);
  if (value === null || value === undefined) return style.nullText;
  if (typeof value === 'boolean') return value ? style.trueText : style.falseText;
  if (typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'string') return stringCode(value, style);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${pad}${literalCode(item, style, indent + 1)}`).join(',\n')},\n${end}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${pad}${style.keyOf(key)}: ${literalCode(item, style, indent + 1)}`).join(',\n')},\n${end}}`;
}
