import type { HistoryQuery, HistorySummary } from '../../../../shared/contract';

/** What the History panel's search box and filters hold, as typed ('' is no filter). */
export interface HistoryFilters {
  text: string;
  model: string;
  prompt: string;
  /** Date inputs' values, YYYY-MM-DD. */
  from: string;
  to: string;
}

export const NO_FILTERS: HistoryFilters = { text: '', model: '', prompt: '', from: '', to: '' };

/** One page of the list. */
export const HISTORY_PAGE_SIZE = 50;

export type QueryOutcome = { ok: true; query: HistoryQuery } | { ok: false; error: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight of a YYYY-MM-DD day (the date input's value), or null when it is not a real day. */
export function startOfDay(value: string): number | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date = new Date(year, month, day);
  return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/** The last millisecond of the day, so To includes the runs of that whole day. */
function endOfDay(value: string): number | null {
  const start = startOfDay(value);
  if (start === null) return null;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + 1).getTime() - 1;
}

/** The filters as history.list asks for them, or why they cannot be (the filters stay as typed). */
export function historyQueryOf(filters: HistoryFilters): QueryOutcome {
  const query: HistoryQuery = { limit: HISTORY_PAGE_SIZE };
  const text = filters.text.trim().replace(/\s+/g, ' ');
  if (text.length > 500) return { ok: false, error: 'The search is longer than 500 characters.' };
  if (text) query.text = text;
  if (filters.model) query.model = filters.model;
  if (filters.prompt) query.prompt = filters.prompt;
  if (filters.from) {
    const from = startOfDay(filters.from);
    if (from === null) return { ok: false, error: 'From is not a date.' };
    query.from = from;
  }
  if (filters.to) {
    const to = endOfDay(filters.to);
    if (to === null) return { ok: false, error: 'To is not a date.' };
    query.to = to;
  }
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) return { ok: false, error: 'From is after To: no run can match.' };
  return { ok: true, query };
}

/** Keyset paging: the next page starts before the last row shown; a short page was the last. */
export function nextPageCursor(page: readonly HistorySummary[], limit: number): HistoryQuery['before'] | undefined {
  const last = page.at(-1);
  return last && page.length >= limit ? { startedAt: last.startedAt, id: last.id } : undefined;
}

export function hasFilters(filters: HistoryFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}
