/**
 * How far the formatted answer is behind the stream. The corpus's section headings are numbered and
 * unique, so the newest `## Section n` rendered as a heading near an answer's growing end says how
 * far that answer has been parsed and rendered; the upstream says how much it has sent. A worker that
 * falls behind, or pacing that holds too long, shows here and cannot pass for a fast renderer.
 */

/** Offset of each section heading in `text`, by section number (`## Section n` starts at `starts[n]`). */
export function sectionStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(/^## Section (\d+)$/gm)) starts[Number(match[1])] = match.index;
  return starts;
}

/**
 * Characters the stream is ahead of an answer whose newest rendered heading is section `shown`:
 * everything sent after that heading began. It errs high, by up to a section or two (about 1.1 KB
 * each in the bench's corpus).
 */
export function charactersBehind(sent: number, shown: number, starts: readonly number[]): number {
  return Math.max(0, sent - (starts[shown] ?? 0));
}

/**
 * Median and 95th percentile of the samples (0 and 0 without any): a lag that lasts shows in both,
 * and one odd sample (about a hundred are taken per run) moves neither.
 */
export function summarizeLag(samples: readonly number[]): { median: number; p95: number } {
  if (samples.length === 0) return { median: 0, p95: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.ceil(share * sorted.length) - 1] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/**
 * Run in the page: for each answer, the number of the newest section heading rendered as a heading.
 * Looked for from the growing end (`.md-tail`, always mounted) back through the mounted groups
 * before it. A block still waiting for its tree shows its text as it is (`## Section n` in a
 * paragraph): when no rendered heading is in reach, the section before the oldest such waiting
 * heading is the most that can be shown. Null when neither is found before an unmounted group (far
 * off screen), as what is mounted before it is far older. An answer too short for groups counts whole.
 */
export const NEWEST_SECTIONS = `[...document.querySelectorAll('[data-testid="answer-text"]')].map((answer) => {
  const number = (element) => { const match = /^#* *Section (\\d+)/.exec(element?.textContent ?? ''); return match ? Number(match[1]) : null; };
  const tail = answer.querySelector('.md-tail');
  const groups = [];
  if (!tail) groups.push(answer);
  for (let group = tail; group && (group === tail || group.childElementCount > 0); group = group.previousElementSibling) groups.push(group);
  let waiting = null;
  for (const group of groups) {
    const headings = group.querySelectorAll('h2');
    if (headings.length > 0) return number(headings[headings.length - 1]);
    for (const paragraph of group.querySelectorAll('p')) if (paragraph.textContent.startsWith('## Section')) waiting = Math.min(waiting ?? Infinity, number(paragraph) ?? Infinity);
  }
  return waiting === null || waiting === Infinity ? null : waiting - 1;
})`;
