import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonOutputDiff } from './JsonOutputDiff';
import { ToolInputsDiff } from './ToolInputsDiff';
import type { DiffCandidate } from './types';

const candidate = (id: string, text: string, toolCalls: DiffCandidate['toolCalls'] = []): DiffCandidate => ({ id, label: `Pane ${id}`, text, toolCalls });
/** The markup as plain text, one table row per line, so assertions read like the screen. */
const textOf = (html: string) =>
  html
    .replace(/<\/(tr|p|h3|caption)>/g, '\n')
    .replace(/<\/t[hd]>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/ +\n/g, '\n')
    .trim();

describe('JsonOutputDiff', () => {
  it('compares two JSON answers key by key, each row stating its state in words', () => {
    const html = renderToStaticMarkup(<JsonOutputDiff left={candidate('a', '{"answer": "yes", "score": 1}')} right={candidate('b', '```json\n{"answer": "no", "score": 1, "why": "x"}\n```')} />);
    expect(html).toContain('<th scope="col">Path</th><th scope="col">Left</th><th scope="col">Right</th>');
    expect(textOf(html).split('\n')).toEqual([
      'JSON output: 2 differences',
      'Path | Left | Right | State |',
      '$.answer | "yes" | "no" | Changed |',
      '$.score | 1 | 1 | Same |',
      '$.why | (absent) | "x" | Added |',
    ]);
  });

  it('says plainly which answer is not JSON, and why', () => {
    const text = textOf(renderToStaticMarkup(<JsonOutputDiff left={candidate('a', 'Sure! Here it is.')} right={candidate('b', '{}')} />));
    expect(text).toContain('The left answer (Pane a) cannot be compared as JSON. It is not valid JSON: unexpected character "S" (line 1, column 1).');
    expect(text).not.toContain('The right answer');
    expect(text).toContain('Choose Answers to compare them as text.');
  });
});

describe('ToolInputsDiff', () => {
  it('pairs calls by name and compares their inputs, noting calls on one side only', () => {
    const left = candidate('a', '', [
      { id: 'l1', name: 'get_weather', arguments: '{"city":"Paris","units":"c"}' },
      { id: 'l2', name: 'get_time', arguments: '{}' },
    ]);
    const right = candidate('b', '', [{ id: 'r1', name: 'get_weather', arguments: '{"city":"Lyon","units":"c"}' }]);
    const text = textOf(renderToStaticMarkup(<ToolInputsDiff left={left} right={right} />));
    expect(text).toContain('Input of get_weather: 1 difference');
    expect(text).toContain('$.city | "Paris" | "Lyon" | Changed |');
    expect(text).toContain('$.units | "c" | "c" | Same |');
    expect(text).toContain('get_time call 1\nOnly Pane a (left) made this call.');
  });

  it('says when an input is not JSON instead of comparing it', () => {
    const left = candidate('a', '', [{ id: 'l1', name: 'f', arguments: '{"a":' }]);
    const right = candidate('b', '', [{ id: 'r1', name: 'f', arguments: '{"a":1}' }]);
    expect(textOf(renderToStaticMarkup(<ToolInputsDiff left={left} right={right} />))).toContain('The left input cannot be compared key by key. It is not valid JSON: the JSON ends too early (line 1, column 6).');
  });

  it('says when neither answer called a tool', () => {
    expect(textOf(renderToStaticMarkup(<ToolInputsDiff left={candidate('a', 'x')} right={candidate('b', 'y')} />))).toBe('Neither answer called a tool.');
  });
});
