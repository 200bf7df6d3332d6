/**
 * Splits streamed markdown into top-level blocks that parse the same apart as together, so finished
 * blocks can be rendered once and only the growing tail is parsed again on each frame.
 *
 * A block starts at a line that follows a blank line, outside any code fence, with no indentation
 * (an indented line may continue a list item) and no list marker (a loose list stays one list).
 * Text with a link reference definition or footnote is never split: a definition may be used
 * anywhere in the document.
 */
export interface MarkdownBlocks {
  text: string;
  /** Offset of each block's first character; the first is always 0. */
  starts: number[];
  /** A definition was seen: the whole text is one block. */
  unsplittable: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]|$)/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/;

/** `previous` is the split of an earlier prefix of `text` (a stream only grows): work resumes at its last block. */
export function splitMarkdownBlocks(text: string, previous?: MarkdownBlocks): MarkdownBlocks {
  const resumable = previous !== undefined && !previous.unsplittable && grewFrom(previous, text);
  const starts = resumable ? previous.starts.slice() : [0];
  let lineStart = starts.at(-1) ?? 0;
  let fence: { char: string; length: number } | undefined;
  let afterBlank = false;
  // Leading blank lines belong to the first block.
  let sawContent = false;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (DEFINITION.test(line)) {
      return { text, starts: [0], unsplittable: true };
    } else {
      const blank = line.trim() === '';
      if (!blank) {
        if (sawContent && afterBlank && startsBlock(line)) starts.push(lineStart);
        sawContent = true;
      }
      const opener = FENCE.exec(line)?.[1];
      if (opener) fence = { char: opener.charAt(0), length: opener.length };
      afterBlank = blank;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return { text, starts, unsplittable: false };
}

/**
 * Whether `text` is `previous.text` with more at its end. Only the part from the last block start is
 * compared (and the first characters, which tell another answer apart): comparing the whole prefix
 * cost milliseconds a frame on a 1 MB answer, and the finished blocks before it are already split.
 */
export function grewFrom(previous: MarkdownBlocks, text: string): boolean {
  if (text.length < previous.text.length) return false;
  const last = previous.starts.at(-1) ?? 0;
  const head = Math.min(64, last);
  return text.slice(0, head) === previous.text.slice(0, head) && text.slice(last, previous.text.length) === previous.text.slice(last);
}

function startsBlock(line: string): boolean {
  const first = line.charAt(0);
  return first !== ' ' && first !== '\t' && !LIST_MARKER.test(line);
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && /^ {0,3}/.test(line) && [...trimmed].every((char) => char === fence.char);
}

/**
 * Each block's text (trailing blank lines included, so offsets inside a block are `offset - start`).
 * A block of `previous` with the same start and end is reused as is, so finished blocks keep their
 * identity from frame to frame and comparing them costs nothing, however long the answer.
 */
export function blockTexts({ text, starts }: MarkdownBlocks, previous: readonly { start: number; text: string }[] = []): { start: number; text: string }[] {
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const known = previous[i];
    if (known !== undefined && known.start === start && known.text.length === end - start && i < previous.length - 1) return known;
    const slice = text.slice(start, end);
    // A finished block is kept for the rest of the stream: a plain slice would keep this frame's whole text alive with it.
    return { start, text: i < starts.length - 1 ? ownCopy(slice) : slice };
  });
}

/** The same characters in a string of their own (V8 slices point into their source string). */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
