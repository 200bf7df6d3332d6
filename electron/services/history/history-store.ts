import type { HistoryRun } from '../../../shared/contract';
import type { HistoryResponses } from '../../../shared/contract/history';
import { openDurableDatabase, type DurableDatabaseOptions } from './durable-database';
import type { JournalStatement } from './journal';
import { countQuery, pageQuery, type ListQuery } from './list-query';
import { ALL_COLUMNS, attachmentIds, INSERT_RUN_SQL, runRowParams, toHistoryRun, toSummary } from './run-rows';
import { selectRows, type Database } from './sql-engine';

export interface DeletedRuns {
  deleted: number;
  /** Attachments the deleted runs referred to that no remaining run does. */
  unreferencedAttachments: string[];
}

export interface HistoryStore {
  /** Writes a finished run; resolves once it is on disk. */
  record(run: HistoryRun): Promise<void>;
  list(query: ListQuery): Promise<HistoryResponses['history.list']>;
  get(id: string): Promise<HistoryRun | undefined>;
  /** The runs with these ids, newest first (unknown ids are skipped). */
  getMany(ids: readonly string[]): Promise<HistoryRun[]>;
  delete(ids: readonly string[]): Promise<DeletedRuns>;
  /** Folds the journal into the database file (also done on close). */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

/** `<dataDir>/history`: the runs in SQLite (sql.js) behind an append-only journal. */
export async function openHistoryStore(options: DurableDatabaseOptions): Promise<HistoryStore> {
  const durable = await openDurableDatabase(options);
  return {
    record: (run) => durable.write(() => ({ statements: recordStatements(run), result: undefined })),
    list: (query) => durable.read((db) => listRuns(db, query)),
    get: (id) => durable.read((db) => selectRows(db, `SELECT ${ALL_COLUMNS} FROM runs WHERE id = ?`, [id]).map(toHistoryRun)[0]),
    getMany: (ids) => durable.read((db) => selectIn(db, `SELECT ${ALL_COLUMNS} FROM runs WHERE id IN`, ids, ' ORDER BY started_at DESC, id DESC').map(toHistoryRun)),
    delete: (ids) => durable.write((db) => deleteStatements(db, ids)),
    checkpoint: () => durable.checkpoint(),
    close: () => durable.close(),
  };
}

function recordStatements(run: HistoryRun): JournalStatement[] {
  return [
    { sql: INSERT_RUN_SQL, params: runRowParams(run) },
    // A run id is written once, but replaying the journal over a file that holds it must not duplicate its links.
    { sql: 'DELETE FROM run_attachments WHERE run_id = ?', params: [run.id] },
    ...attachmentIds(run.request).map((attachment) => ({ sql: 'INSERT OR IGNORE INTO run_attachments (run_id, attachment_id) VALUES (?, ?)', params: [run.id, attachment] })),
  ];
}

function listRuns(db: Database, query: ListQuery): HistoryResponses['history.list'] {
  const page = pageQuery(query);
  const count = countQuery(query);
  const total = Number(selectRows(db, count.sql, count.params)[0]?.total ?? 0);
  // The filter choices come from every run, so picking one model never hides the others.
  const models = selectRows(db, 'SELECT DISTINCT model FROM runs ORDER BY model').map((row) => String(row.model));
  const prompts = selectRows(db, 'SELECT DISTINCT prompt_path FROM runs WHERE prompt_path IS NOT NULL ORDER BY prompt_path').map((row) => String(row.prompt_path));
  return { runs: selectRows(db, page.sql, page.params).map(toSummary), total, models, prompts };
}

/** SQLite limits bound parameters (32,766 here); 500 per statement stays well inside it. */
const IN_BATCH = 500;

function selectIn(db: Database, prefix: string, ids: readonly string[], suffix = ''): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let start = 0; start < ids.length; start += IN_BATCH) {
    const batch = ids.slice(start, start + IN_BATCH);
    rows.push(...selectRows(db, `${prefix} (${batch.map(() => '?').join(', ')})${suffix}`, batch));
  }
  return rows;
}

function deleteStatements(db: Database, ids: readonly string[]): { statements: JournalStatement[]; result: DeletedRuns } {
  const existing = selectIn(db, 'SELECT id FROM runs WHERE id IN', ids).map((row) => String(row.id));
  const gone = new Set(existing);
  const referenced = new Set(selectIn(db, 'SELECT DISTINCT attachment_id FROM run_attachments WHERE run_id IN', existing).map((row) => String(row.attachment_id)));
  const stillUsed = new Set(
    selectIn(db, 'SELECT run_id, attachment_id FROM run_attachments WHERE attachment_id IN', [...referenced])
      .filter((row) => !gone.has(String(row.run_id)))
      .map((row) => String(row.attachment_id)),
  );
  const statements: JournalStatement[] = [];
  for (let start = 0; start < existing.length; start += IN_BATCH) {
    const batch = existing.slice(start, start + IN_BATCH);
    const marks = batch.map(() => '?').join(', ');
    statements.push({ sql: `DELETE FROM run_attachments WHERE run_id IN (${marks})`, params: batch }, { sql: `DELETE FROM runs WHERE id IN (${marks})`, params: batch });
  }
  return { statements, result: { deleted: existing.length, unreferencedAttachments: [...referenced].filter((id) => !stillUsed.has(id)) } };
}
