import { isScalar, Scalar } from 'yaml';
import type { Document, Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column (UTF-16 units) of an offset, lines breaking at `\n`. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/** Where a front-matter value sits: the node at the path, else the nearest parent that exists. */
export function nodeOffset(doc: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth).map(String).map(toIndex), true) as Node | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}

const toIndex = (key: string): string | number => (/^\d+$/.test(key) ? Number(key) : key);

/**
 * Maps an offset inside a string value back to the front matter: exact for block scalars (`|`),
 * which is how templates are written; otherwise the value's start.
 */
export function offsetInScalar(doc: Document, frontText: string, path: readonly PropertyKey[], inner: number): number {
  const node = doc.getIn(path.map(String).map(toIndex), true);
  const start = nodeOffset(doc, path);
  if (!isScalar(node) || (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED)) return start;
  const value = String(node.value);
  const innerLine = value.slice(0, inner).split('\n').length - 1;
  const innerColumn = inner - (value.lastIndexOf('\n', inner - 1) + 1);
  const contentStart = frontText.indexOf('\n', start) + 1;
  const lines = frontText.slice(contentStart).split('\n');
  const indent = /^ */.exec(lines.find((line) => line.trim() !== '') ?? '')?.[0].length ?? 0;
  const lineStart = lines.slice(0, innerLine).reduce((sum, line) => sum + line.length + 1, contentStart);
  return lineStart + indent + innerColumn;
}
