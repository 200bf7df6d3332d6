import { describe, expect, it } from 'vitest';
import { cacheFigures, citationLocation, formatUsd, prettyJson, runCost } from './run-metrics';

const usage = { prompt_tokens: 5000, completion_tokens: 100, total_tokens: 5100, cache_creation_input_tokens: 1200, cache_read_input_tokens: 3400 };

describe('run metrics', () => {
  it('reads cache figures and the share of the prompt served from cache', () => {
    expect(cacheFigures(usage)).toEqual({ written: 1200, read: 3400, prompt: 5000, readShare: 0.68 });
    expect(cacheFigures({ prompt_tokens: 10, completion_tokens: 1, total_tokens: 11 })).toBeUndefined();
  });

  it('prices a known model with the uncached rest of the prompt, and refuses to guess for an unknown one', () => {
    const cost = runCost('claude-sonnet-5-5', usage);
    expect(cost?.saved).toBeGreaterThan(0);
    expect(cost && cost.uncachedTotal - cost.total).toBeCloseTo(cost?.saved ?? NaN);
    expect(runCost('some-other-model', usage)).toBeUndefined();
  });

  it('names the location from the citation type (exclusive ends)', () => {
    const base = { cited_text: 'x', document_index: 0, document_title: 'D', file_id: null };
    expect(citationLocation({ ...base, type: 'char_location', start_char_index: 0, end_char_index: 20 })).toBe('characters 0–20');
    expect(citationLocation({ ...base, type: 'page_location', start_page_number: 2, end_page_number: 3 })).toBe('page 2');
    expect(citationLocation({ ...base, type: 'page_location', start_page_number: 2, end_page_number: 5 })).toBe('pages 2–4');
    expect(citationLocation({ ...base, type: 'content_block_location', start_block_index: 1, end_block_index: 3 })).toBe('blocks 1–2');
  });

  it('pretty-prints valid JSON and keeps invalid input raw', () => {
    expect(prettyJson('{"a":1}')).toEqual({ ok: true, text: '{\n  "a": 1\n}' });
    expect(prettyJson('{"a":')).toEqual({ ok: false, text: '{"a":' });
    expect(prettyJson('')).toEqual({ ok: true, text: '{}' });
  });

  it('formats small amounts with enough digits', () => {
    expect(formatUsd(0.0123)).toBe('$0.0123');
    expect(formatUsd(0.000123)).toBe('$0.000123');
    expect(formatUsd(-1.5)).toBe('−$1.50');
  });
});
