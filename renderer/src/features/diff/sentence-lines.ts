/**
 * Puts each sentence of prose on its own line, so a line diff of two answers aligns sentence by
 * sentence and Monaco's inner highlights show the words that changed. Fenced code blocks are kept
 * as written (their lines already mean something).
 */

const FENCE = /^ {0,3}(```|~~~)/;
/** Sentence end: closing punctuation, maybe a closing quote or bracket, then space before more text. */
const SENTENCE_END = /([.!?…]+["'”’)\]]*)(\s+)(?=\S)/gu;
const LOWERCASE_START = /^\p{Ll}/u;
/** A segment with no word of two letters is an initial or a list number ("J.", "2."), not a sentence. */
const HAS_WORD = /\p{L}{2,}/u;
const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'vs.', 'cf.', 'st.', 'no.', 'fig.']);

function splitProseLine(line: string): string {
  let result = '';
  let segmentStart = 0;
  let copied = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    const punctuationEnd = match.index + (match[1]?.length ?? 0);
    const segment = line.slice(segmentStart, punctuationEnd);
    const lastWord = segment.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    const next = line.slice(match.index + match[0].length);
    if (LOWERCASE_START.test(next) || !HAS_WORD.test(segment) || ABBREVIATIONS.has(lastWord)) continue;
    result += `${line.slice(copied, punctuationEnd)}\n`;
    copied = match.index + match[0].length;
    segmentStart = copied;
  }
  return result + line.slice(copied);
}

export function sentencesPerLine(text: string): string {
  let inFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (FENCE.test(line)) {
        inFence = !inFence;
        return line;
      }
      return inFence ? line : splitProseLine(line);
    })
    .join('\n');
}
