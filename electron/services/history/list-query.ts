import type { RequestOf } from '../../../shared/contract';
import type { SqlParam } from './journal';
import { SUMMARY_COLUMNS } from './run-rows';

export type ListQuery = RequestOf<'history.list'>;

export interface SqlQuery {
  sql: string;
  params: SqlParam[];
}

/** `%`, `_` and the escape character itself match literally in a LIKE with ESCAPE '\'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** The words of a search, lower-cased (search_text is), each of which must occur. */
export function searchWords(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().split(/\s+/).filter((word) => word !== '');
}

/** WHERE conditions for the filters (not the page position): what `total` counts. */
export function filterConditions(query: ListQuery): SqlQuery {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  for (const word of searchWords(query.text)) {
    conditions.push("search_text LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(word)}%`);
  }
  if (query.model) {
    conditions.push('model = ?');
    params.push(query.model);
  }
  if (query.prompt) {
    conditions.push('prompt_path = ?');
    params.push(query.prompt);
  }
  if (query.from !== undefined) {
    conditions.push('started_at >= ?');
    params.push(query.from);
  }
  if (query.to !== undefined) {
    conditions.push('started_at <= ?');
    params.push(query.to);
  }
  return { sql: conditions.join(' AND '), params };
}

const where = (conditions: string[]): string => (conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '');

/** One page, newest first; `before` continues after the last row of the previous page (keyset, so inserts never shift pages). */
export function pageQuery(query: ListQuery): SqlQuery {
  const filters = filterConditions(query);
  const conditions = filters.sql ? [filters.sql] : [];
  const params = [...filters.params];
  if (query.before) {
    conditions.push('(started_at < ? OR (started_at = ? AND id < ?))');
    params.push(query.before.startedAt, query.before.startedAt, query.before.id);
  }
  params.push(query.limit);
  return { sql: `SELECT ${SUMMARY_COLUMNS} FROM runs${where(conditions)} ORDER BY started_at DESC, id DESC LIMIT ?`, params };
}

export function countQuery(query: ListQuery): SqlQuery {
  const filters = filterConditions(query);
  return { sql: `SELECT count(*) AS total FROM runs${where(filters.sql ? [filters.sql] : [])}`, params: filters.params };
}
