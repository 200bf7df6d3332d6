import { describe, expect, it } from 'vitest';
import { markdownCorpus } from './markdown-corpus';
import { charactersBehind, sectionStarts, summarizeLag } from './shown-lag';

describe('shown-lag', () => {
  it('finds every section heading of the corpus at its offset', () => {
    const text = markdownCorpus(200_000);
    const starts = sectionStarts(text);
    expect(starts[1]).toBe(text.indexOf('## Section 1\n'));
    const last = starts.length - 1;
    expect(last).toBeGreaterThan(100);
    expect(text.slice(starts[last], starts[last]! + `## Section ${last}`.length)).toBe(`## Section ${last}`);
    for (let n = 2; n <= last; n++) expect(starts[n]).toBeGreaterThan(starts[n - 1]!);
  });

  it('counts what was sent after the shown heading began, never below zero', () => {
    const starts = [0, 10, 100, 250];
    expect(charactersBehind(300, 2, starts)).toBe(200);
    expect(charactersBehind(90, 2, starts)).toBe(0);
    // A heading the corpus does not have counts from the start: the most it could be behind.
    expect(charactersBehind(300, 9, starts)).toBe(300);
  });

  it('summarizes samples as median and 95th percentile, one odd sample moving neither', () => {
    expect(summarizeLag([])).toEqual({ median: 0, p95: 0 });
    expect(summarizeLag([5, 1, 9])).toEqual({ median: 5, p95: 9 });
    const steady = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarizeLag(steady)).toEqual({ median: 50, p95: 95 });
    expect(summarizeLag([...steady.slice(1), 1_000_000])).toEqual({ median: 51, p95: 96 });
  });
});
