import { grewFrom, PIECE_LENGTH, sliceAnswerText, type AnswerText } from '../runs/answer-text';

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
  answer: AnswerText;
  /** Offset of each block's first character; the first is always 0. */
  starts: number[];
  /** A definition was seen: the whole text is one block. */
  unsplittable: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_MARKER = /^([-*+]|\d{1,9}[.)])([ \t]|$)/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/;

/**
 * `previous` is the split of an earlier state of the same growing answer: work resumes at its last
 * block, and only the text from there is read (answer-text.ts), so a frame costs the tail's length.
 */
export function splitMarkdownBlocks(answer: AnswerText, previous?: MarkdownBlocks): MarkdownBlocks {
  const grown = previous !== undefined && grewFrom(previous.answer, answer);
  if (grown && previous.unsplittable) return { answer, starts: [0], unsplittable: true };
  const starts = grown ? previous.starts.slice() : [0];
  const from = starts.at(-1) ?? 0;
  const text = sliceAnswerText(answer, from);
  let lineStart = 0;
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
      return { answer, starts: [0], unsplittable: true };
    } else {
      const blank = line.trim() === '';
      if (!blank) {
        if (sawContent && afterBlank && startsBlock(line)) starts.push(from + lineStart);
        sawContent = true;
      }
      const opener = FENCE.exec(line)?.[1];
      if (opener) fence = { char: opener.charAt(0), length: opener.length };
      afterBlank = blank;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return { answer, starts, unsplittable: false };
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
 * One block of a growing answer: the same object for its start from the frame it appears on, with
 * its text re-pointed as it grows, finishes and settles (the characters of a finished block never
 * change, only which string holds them). React props carry the object and its length, never the
 * string: a memoized component keeps the props of an earlier render in its other fiber, and a string
 * there would keep that frame's copy of the text alive for as long as the answer is shown.
 */
export interface Block {
  readonly start: number;
  text: string;
  /** Its text is final and is a slice of the answer's own pieces (or joined across them): never touched again. */
  settled: boolean;
}

/**
 * Each block's text (trailing blank lines included, so offsets inside a block are `offset - start`).
 * `previous` is the result for an earlier state of the same growing answer; its blocks are updated in
 * place and returned again, so a finished block keeps its identity however long the answer grows.
 *
 * Memory: a block inside a full piece of the answer is a slice of that piece, which the answer keeps
 * anyway. A finished block in the growing last piece gets its own copy (a slice would keep this
 * frame's version of the piece alive) until the piece is full, when it is cut again as a slice and
 * the copy is dropped.
 */
export function blockTexts({ answer, starts }: MarkdownBlocks, previous: readonly Block[] = []): Block[] {
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? answer.length;
    const finished = i < starts.length - 1;
    const known = previous[i]?.start === start ? previous[i] : undefined;
    const sameEnd = known !== undefined && known.text.length === end - start;
    if (known?.settled && sameEnd) return known;
    // A block that was already finished has its final characters: only a full piece changes it.
    if (sameEnd && i < previous.length - 1 && !inFullPiece(answer, start, end)) return known;
    const text = sliceAnswerText(answer, start, end);
    // Across pieces the text is joined, a string of its own already.
    const inOnePiece = Math.floor(start / PIECE_LENGTH) === Math.floor((end - 1) / PIECE_LENGTH);
    const settled = finished && (inFullPiece(answer, start, end) || !inOnePiece);
    const shown = finished && !settled ? ownCopy(text) : text;
    if (!known || known.settled) return { start, text: shown, settled };
    known.text = shown;
    known.settled = settled;
    return known;
  });
}

/** Whether [start, end) lies in one piece that is full, so it never changes again. */
function inFullPiece(answer: AnswerText, start: number, end: number): boolean {
  const piece = Math.floor(start / PIECE_LENGTH);
  return end > start && piece === Math.floor((end - 1) / PIECE_LENGTH) && (piece + 1) * PIECE_LENGTH <= answer.length;
}

/** The same characters in a string of their own (V8 slices point into their source string). */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
