import { createRequire } from 'node:module';
import type { Database, SqlJsStatic } from 'sql.js';

export type { Database, SqlValue } from 'sql.js';

let engine: Promise<SqlJsStatic> | undefined;

/**
 * sql.js (SQLite compiled to WebAssembly): the same engine in Electron main, the web host and
 * tests, with nothing to rebuild per Electron version. The .wasm file is found through Node's
 * resolution, so it loads from node_modules whether the code runs from source or from
 * electron-vite's out/main (sql.js stays an external dependency there).
 */
export function loadSqlEngine(): Promise<SqlJsStatic> {
  engine ??= (async () => {
    const require = createRequire(import.meta.url);
    const initSqlJs = require('sql.js') as (config: { locateFile(file: string): string }) => Promise<SqlJsStatic>;
    const wasmPath = require.resolve('sql.js/dist/sql-wasm.wasm');
    return initSqlJs({ locateFile: () => wasmPath });
  })();
  return engine;
}

/** Opens bytes as a database and reads its schema, which is where a file that is not SQLite fails. */
export async function openDatabase(bytes?: Uint8Array): Promise<Database> {
  const { Database } = await loadSqlEngine();
  const db = new Database(bytes);
  try {
    db.exec('SELECT count(*) FROM sqlite_master');
    const [check] = db.exec('PRAGMA quick_check');
    const verdict = check?.values[0]?.[0];
    if (verdict !== 'ok') throw new Error(`integrity check: ${String(verdict)}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Rows of a query as objects keyed by column name. */
export function selectRows(db: Database, sql: string, params: (string | number | null)[] = []): Record<string, unknown>[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const rows: Record<string, unknown>[] = [];
    while (statement.step()) rows.push(statement.getAsObject());
    return rows;
  } finally {
    statement.free();
  }
}
