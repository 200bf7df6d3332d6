/** A problem found in JSON text, at a 1-based line and column. */
export interface JsonIssue {
  message: string;
  line: number;
  column: number;
}

/** The range one marker underlines (1-based, end column exclusive, as Monaco takes it). */
export interface MarkerRange {
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
}

const BARE_TOKEN = /^[\w.+-]+/;

/** How many characters the token starting at `text[index]` spans: a whole string, word or number, or one character. */
function tokenLength(text: string, index: number): number {
  if (text[index] === '"') {
    for (let end = index + 1; end < text.length; end += 1) {
      if (text[end] === '\\') end += 1;
      else if (text[end] === '"') return end - index + 1;
    }
    return text.length - index;
  }
  return BARE_TOKEN.exec(text.slice(index))?.[0].length ?? 1;
}

/**
 * Marker ranges for issues, so each squiggle covers the token it is about (a key, a value, the
 * offending character) rather than a single column. Issues past the end of a line (JSON that
 * ends too early) underline that line's last character; issues past the last line, the last line.
 */
export function issueMarkers(issues: readonly JsonIssue[], lines: readonly string[]): MarkerRange[] {
  const lastLine = Math.max(1, lines.length);
  return issues.map((issue) => {
    const line = Math.min(Math.max(1, issue.line), lastLine);
    const text = lines[line - 1] ?? '';
    const index = Math.min(Math.max(0, issue.column - 1), Math.max(0, text.length - 1));
    const length = text.length === 0 ? 1 : tokenLength(text, index);
    return { message: issue.message, startLineNumber: line, startColumn: index + 1, endLineNumber: line, endColumn: index + 1 + length };
  });
}
