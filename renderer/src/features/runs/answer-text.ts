/**
 * A streamed answer's text as pieces of at most PIECE_LENGTH characters, so that appending a frame's
 * deltas and reading the growing tail cost the size of a piece, not of the answer. One string grown
 * by `+=` is a V8 rope that the first read (a slice, a comparison) copies whole: about 3 ms a frame
 * at 1 MB, and a 1 MB garbage string each frame.
 */
export interface AnswerText {
  readonly pieces: readonly string[];
  readonly length: number;
  /** Shared by every text appended from the same start: growing text is recognised in O(1). */
  readonly lineage: object;
}

export const PIECE_LENGTH = 16 * 1024;

export function emptyAnswerText(): AnswerText {
  return { pieces: [], length: 0, lineage: {} };
}

export function answerTextOf(text: string): AnswerText {
  return appendAnswerText(emptyAnswerText(), text);
}

/** `text` appended. The last piece grows until it is full; the others are never touched again. */
export function appendAnswerText(answer: AnswerText, more: string): AnswerText {
  if (more === '') return answer;
  const pieces = answer.pieces.slice();
  const last = pieces.at(-1);
  let rest = more;
  if (last !== undefined && last.length < PIECE_LENGTH) {
    const room = PIECE_LENGTH - last.length;
    pieces[pieces.length - 1] = last + rest.slice(0, room);
    rest = rest.slice(room);
  }
  for (let at = 0; at < rest.length; at += PIECE_LENGTH) pieces.push(rest.slice(at, at + PIECE_LENGTH));
  return { pieces, length: answer.length + more.length, lineage: answer.lineage };
}

/** The characters in [start, end), reading only the pieces they fall in. */
export function sliceAnswerText(answer: AnswerText, start: number, end = answer.length): string {
  const from = Math.max(0, start);
  const to = Math.min(answer.length, end);
  if (to <= from) return '';
  const parts: string[] = [];
  let offset = 0;
  for (const piece of answer.pieces) {
    const next = offset + piece.length;
    if (next > from && offset < to) parts.push(piece.slice(Math.max(0, from - offset), Math.min(piece.length, to - offset)));
    if (next >= to) break;
    offset = next;
  }
  return parts.length === 1 ? (parts[0] ?? '') : parts.join('');
}

/** The whole text as one string: for reads after the stream (copying, adding to the conversation). */
export function answerTextString(answer: AnswerText): string {
  return answer.pieces.join('');
}

/** Whether `answer` is `previous` with more appended (both from the same start). */
export function grewFrom(previous: AnswerText, answer: AnswerText): boolean {
  return previous.lineage === answer.lineage && answer.length >= previous.length;
}
