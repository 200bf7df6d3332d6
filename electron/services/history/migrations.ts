import type { Database } from './sql-engine';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The history schema, in order. A migration is never edited once released: a change is a new
 * version. sql.js 1.16 is built without FTS5 (`sqlite_compileoption_used('ENABLE_FTS5')` is 0),
 * so text search is LIKE over a lower-cased copy of the searchable text (runs.search_text).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'runs and their attachments',
    sql: `
      CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        started_at INTEGER NOT NULL,
        model TEXT NOT NULL,
        status TEXT NOT NULL,
        group_id TEXT NOT NULL,
        pane TEXT NOT NULL,
        pane_label TEXT,
        prompt_path TEXT,
        prompt_version TEXT,
        prompt_preview TEXT NOT NULL,
        answer_preview TEXT NOT NULL,
        search_text TEXT NOT NULL,
        metrics TEXT NOT NULL,
        request TEXT NOT NULL,
        upstream TEXT,
        answer TEXT NOT NULL,
        thinking TEXT,
        tool_calls TEXT,
        completion TEXT,
        error TEXT,
        snapshot TEXT
      );
      CREATE INDEX runs_newest_first ON runs (started_at DESC, id DESC);
      CREATE INDEX runs_by_model ON runs (model, started_at DESC);
      CREATE INDEX runs_by_prompt ON runs (prompt_path, started_at DESC);
      CREATE INDEX runs_by_group ON runs (group_id);
      CREATE TABLE run_attachments (
        run_id TEXT NOT NULL,
        attachment_id TEXT NOT NULL,
        PRIMARY KEY (run_id, attachment_id)
      );
      CREATE INDEX run_attachments_by_attachment ON run_attachments (attachment_id);
      -- No foreign key: sql.js resets PRAGMA foreign_keys on every export, so deletes name both tables.
    `,
  },
];

export const LATEST_SCHEMA = MIGRATIONS.at(-1)?.version ?? 0;

/** A database written by a newer Duet: opening it here could lose what that version stores. */
export class NewerSchemaError extends Error {
  constructor(found: number, known: number) {
    super(`The run history was written by a newer version of Duet (schema ${found}; this version knows up to ${known}). Update Duet to open it; the file was left as it is.`);
  }
}

/** The highest applied version; 0 for a new database. */
export function schemaVersion(db: Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)');
  const [result] = db.exec('SELECT max(version) FROM schema_migrations');
  const value = result?.values[0]?.[0];
  return typeof value === 'number' ? value : 0;
}

/**
 * Applies the migrations above the database's version up to `target`, each in its own
 * transaction, and answers the versions applied. Refuses a database newer than it knows.
 */
export function migrate(db: Database, { migrations = MIGRATIONS, target, now = Date.now() }: { target?: number; migrations?: readonly Migration[]; now?: number } = {}): number[] {
  const known = migrations.at(-1)?.version ?? 0;
  target ??= known;
  const current = schemaVersion(db);
  if (current > known) throw new NewerSchemaError(current, known);
  if (target > known) throw new NewerSchemaError(target, known);
  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.exec('BEGIN');
    try {
      db.exec(migration.sql);
      db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, now]);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw new Error(`History migration ${migration.version} (${migration.name}) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    applied.push(migration.version);
  }
  return applied;
}
