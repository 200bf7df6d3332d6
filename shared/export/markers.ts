/**
 * Markers that stand in for what a snippet computes at run time. They travel through the real
 * request translation as ordinary text, so the exported body is the translated body, and the
 * generators turn each marker back into code: a template variable or a file read.
 */

/** Private-use characters: no prompt text contains them by accident. */
const VARIABLE_START = '\uE000';
const VARIABLE_END = '\uE001';

/** A `{{name}}` placeholder kept in the request, filled by the snippet's render step. */
export function variableMarker(name: string): string {
  return `${VARIABLE_START}${name}${VARIABLE_END}`;
}

/**
 * A stored file read and base64-encoded by the snippet. Valid base64 of a fixed length (a
 * multiple of 4), so it survives the translation's data URL handling unchanged.
 */
export function fileMarker(id: string): string {
  return `DUETFILE${id}`;
}

export type Segment = { kind: 'text'; text: string } | { kind: 'variable'; name: string } | { kind: 'file'; id: string };

const MARKER = /\uE000([^\uE000\uE001]*)\uE001|DUETFILE([0-9a-f]{64})/g;

/** A string split into its literal text and its markers, in order; a string without markers is one text segment. */
export function splitMarkers(value: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of value.matchAll(MARKER)) {
    if (match.index > last) segments.push({ kind: 'text', text: value.slice(last, match.index) });
    segments.push(match[1] !== undefined ? { kind: 'variable', name: match[1] } : { kind: 'file', id: match[2] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < value.length || segments.length === 0) segments.push({ kind: 'text', text: value.slice(last) });
  return segments;
}

/** Every variable and file a value refers to, anywhere inside it. */
export function markersIn(value: unknown): { variables: Set<string>; files: Set<string> } {
  const found = { variables: new Set<string>(), files: new Set<string>() };
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const segment of splitMarkers(node)) {
        if (segment.kind === 'variable') found.variables.add(segment.name);
        if (segment.kind === 'file') found.files.add(segment.id);
      }
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(value);
  return found;
}

/** The value with every variable filled and every file marker replaced by `fileText(id)`: what the snippet sends. */
export function fillMarkers(value: unknown, variables: Readonly<Record<string, string>>, fileText: (id: string) => string): unknown {
  if (typeof value === 'string') {
    return splitMarkers(value)
      .map((segment) => (segment.kind === 'text' ? segment.text : segment.kind === 'variable' ? (variables[segment.name] ?? '') : fileText(segment.id)))
      .join('');
  }
  if (Array.isArray(value)) return value.map((item) => fillMarkers(item, variables, fileText));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillMarkers(item, variables, fileText)]));
  return value;
}
