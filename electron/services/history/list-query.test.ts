import { describe, expect, it } from 'vitest';
import { countQuery, escapeLike, filterConditions, pageQuery, searchWords } from './list-query';

describe('list query', () => {
  it.each([
    ['plain', 'owl', 'owl'],
    ['percent and underscore match literally', '50%_off', '50\\%\\_off'],
    ['the escape character itself', 'a\\b', 'a\\\\b'],
  ])('escapes LIKE patterns: %s', (_case, text, escaped) => {
    expect(escapeLike(text)).toBe(escaped);
  });

  it.each([
    [undefined, []],
    ['   ', []],
    ['Owls  HUNT\tat night', ['owls', 'hunt', 'at', 'night']],
    ['Éclair', ['éclair']],
  ])('splits %j into lower-case words', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });

  it.each([
    ['no filter', { limit: 10 }, '', []],
    ['two words', { limit: 10, text: 'a b' }, "search_text LIKE ? ESCAPE '\\' AND search_text LIKE ? ESCAPE '\\'", ['%a%', '%b%']],
    ['model and prompt', { limit: 10, model: 'm', prompt: 'p.prompt' }, 'model = ? AND prompt_path = ?', ['m', 'p.prompt']],
    ['a date range (0 is a bound, not "none")', { limit: 10, from: 0, to: 5 }, 'started_at >= ? AND started_at <= ?', [0, 5]],
  ])('filters: %s', (_case, query, sql, params) => {
    expect(filterConditions(query)).toEqual({ sql, params });
  });

  it('pages after the previous page’s last run by time, then id, and counts without the page position', () => {
    const query = { limit: 2, model: 'm', before: { startedAt: 7, id: 'run_0000000b' } };
    const page = pageQuery(query);
    expect(page.sql).toMatch(/WHERE model = \? AND \(started_at < \? OR \(started_at = \? AND id < \?\)\) ORDER BY started_at DESC, id DESC LIMIT \?$/);
    expect(page.params).toEqual(['m', 7, 7, 'run_0000000b', 2]);
    expect(countQuery(query)).toEqual({ sql: 'SELECT count(*) AS total FROM runs WHERE model = ?', params: ['m'] });
  });
});
