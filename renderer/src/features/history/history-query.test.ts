import { describe, expect, it } from 'vitest';
import type { HistorySummary } from '../../../../shared/contract';
import { HISTORY_PAGE_SIZE, historyQueryOf, nextPageCursor, NO_FILTERS, startOfDay, type HistoryFilters } from './history-query';

const day = (year: number, month: number, date: number): number => new Date(year, month - 1, date).getTime();

describe('historyQueryOf', () => {
  it.each<[string, Partial<HistoryFilters>, object]>([
    ['no filters: the first page only', {}, { limit: HISTORY_PAGE_SIZE }],
    ['search words trimmed, inner spaces collapsed', { text: '  red   fox ' }, { limit: HISTORY_PAGE_SIZE, text: 'red fox' }],
    ['blank search is no search', { text: '   ' }, { limit: HISTORY_PAGE_SIZE }],
    ['model and prompt as chosen', { model: 'claude-haiku-5-5', prompt: 'a/b.prompt' }, { limit: HISTORY_PAGE_SIZE, model: 'claude-haiku-5-5', prompt: 'a/b.prompt' }],
    ['From is the start of its day, To the last millisecond of its day', { from: '2026-12-01', to: '2026-12-02' }, { limit: HISTORY_PAGE_SIZE, from: day(2026, 12, 1), to: day(2026, 12, 3) - 1 }],
    ['one day: From and To the same', { from: '2026-02-28', to: '2026-02-28' }, { limit: HISTORY_PAGE_SIZE, from: day(2026, 2, 28), to: day(2026, 3, 1) - 1 }],
  ])('%s', (_name, filters, expected) => {
    expect(historyQueryOf({ ...NO_FILTERS, ...filters })).toEqual({ ok: true, query: expected });
  });

  it.each<[string, Partial<HistoryFilters>, string]>([
    ['From after To', { from: '2026-12-03', to: '2026-12-02' }, 'From is after To: no run can match.'],
    ['a day that does not exist', { from: '2026-02-30' }, 'From is not a date.'],
    ['a To that is not a date', { to: 'yesterday' }, 'To is not a date.'],
    ['a search over 500 characters', { text: 'x'.repeat(501) }, 'The search is longer than 500 characters.'],
  ])('refuses %s with the reason', (_name, filters, error) => {
    expect(historyQueryOf({ ...NO_FILTERS, ...filters })).toEqual({ ok: false, error });
  });
});

describe('startOfDay', () => {
  it.each([
    ['2026-12-02', day(2026, 12, 2)],
    ['2024-02-29', day(2024, 2, 29)],
    ['2025-02-29', null],
    ['2026-1-2', null],
    ['', null],
  ])('%s', (value, expected) => {
    expect(startOfDay(value)).toBe(expected);
  });
});

describe('nextPageCursor', () => {
  const row = (id: string, startedAt: number) => ({ id, startedAt }) as HistorySummary;
  it.each<[string, HistorySummary[], number, unknown]>([
    ['a full page continues before its last row', [row('r2aaaaaa', 20), row('r1aaaaaa', 10)], 2, { startedAt: 10, id: 'r1aaaaaa' }],
    ['a short page was the last', [row('r2aaaaaa', 20)], 2, undefined],
    ['an empty page was the last', [], 2, undefined],
  ])('%s', (_name, page, limit, expected) => {
    expect(nextPageCursor(page, limit)).toEqual(expected);
  });
});
