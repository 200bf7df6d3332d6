import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA, migrate, NewerSchemaError, schemaVersion, type Migration } from './migrations';
import { openDatabase, selectRows } from './sql-engine';

const synthetic: Migration[] = [
  { version: 1, name: 'notes', sql: 'CREATE TABLE notes (id TEXT PRIMARY KEY)' },
  { version: 2, name: 'note text', sql: "ALTER TABLE notes ADD COLUMN body TEXT NOT NULL DEFAULT ''" },
  { version: 3, name: 'note index', sql: 'CREATE INDEX notes_by_body ON notes (body)' },
];

describe('history migrations', () => {
  it('brings a new database to the latest schema with runs and run_attachments', async () => {
    const db = await openDatabase();
    expect(migrate(db)).toEqual([LATEST_SCHEMA]);
    const tables = selectRows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(['runs', 'run_attachments', 'schema_migrations']));
    expect(migrate(db)).toEqual([]);
  });

  it.each([0, 1, 2])('migrates a database at version %i to the latest, keeping its rows', async (start) => {
    const db = await openDatabase();
    migrate(db, { migrations: synthetic, target: start });
    if (start >= 1) db.run("INSERT INTO notes (id) VALUES ('kept')");
    const applied = migrate(db, { migrations: synthetic });
    expect(applied).toEqual([1, 2, 3].filter((version) => version > start));
    expect(schemaVersion(db)).toBe(3);
    db.run("INSERT INTO notes (id, body) VALUES ('new', 'text')");
    expect(selectRows(db, 'SELECT id FROM notes ORDER BY id').map((row) => row.id)).toEqual(start >= 1 ? ['kept', 'new'] : ['new']);
  });

  it('refuses a database written by a newer version, clearly, and changes nothing', async () => {
    const db = await openDatabase();
    migrate(db, { migrations: synthetic });
    expect(() => migrate(db, { migrations: synthetic.slice(0, 1) })).toThrow(NewerSchemaError);
    expect(() => migrate(db, { migrations: synthetic.slice(0, 1) })).toThrow(/written by a newer version of Duet \(schema 3; this version knows up to 1\)/);
    expect(schemaVersion(db)).toBe(3);
  });

  it('rolls back a migration that fails and names it', async () => {
    const db = await openDatabase();
    const broken = [...synthetic.slice(0, 1), { version: 2, name: 'broken', sql: 'ALTER TABLE missing ADD COLUMN x TEXT' }];
    expect(() => migrate(db, { migrations: broken })).toThrow(/History migration 2 \(broken\) failed/);
    expect(schemaVersion(db)).toBe(1);
  });

  it('uses LIKE search because this sql.js build has no FTS5 (the day it has, a migration can add it)', async () => {
    const db = await openDatabase();
    expect(db.exec("SELECT sqlite_compileoption_used('ENABLE_FTS5')")[0]?.values[0]?.[0]).toBe(0);
  });
});
