import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendJournal, parseJournal, repairJournalTail, type JournalEntry } from './journal';

const entry = (seq: number): JournalEntry => ({ seq, schema: 1, statements: [{ sql: 'DELETE FROM runs WHERE id = ?', params: [`run_${seq}`] }] });
const line = (value: unknown) => `${JSON.stringify(value)}\n`;

describe('parseJournal', () => {
  it.each([
    ['an empty journal', '', [], 0, undefined],
    ['whole lines', line(entry(1)) + line(entry(2)), [1, 2], (line(entry(1)) + line(entry(2))).length, undefined],
    ['a torn last line (no newline): ignored, cut back to the lines before it', line(entry(1)) + line(entry(2)).slice(0, 20), [1], line(entry(1)).length, 'torn'],
    ['a last line complete but for its newline', line(entry(1)) + JSON.stringify(entry(2)), [1], line(entry(1)).length, 'torn'],
    ['a whole line that is not JSON: replay stops before it', line(entry(1)) + 'garbage\n' + line(entry(3)), [1], line(entry(1)).length, 'corrupt'],
    ['a line of the wrong shape', line(entry(1)) + line({ seq: 'x', statements: [] }), [1], line(entry(1)).length, 'corrupt'],
    ['non-ASCII text, counted in bytes', line({ ...entry(1), statements: [{ sql: 'SELECT ?', params: ['hibou 🦉'] }] }), [1], Buffer.byteLength(line({ ...entry(1), statements: [{ sql: 'SELECT ?', params: ['hibou 🦉'] }] })), undefined],
  ])('%s', (_case, text, seqs, validBytes, problem) => {
    const parsed = parseJournal(Buffer.from(text as string));
    expect(parsed.entries.map((e) => e.seq)).toEqual(seqs);
    expect(parsed.validBytes).toBe(validBytes);
    expect(parsed.problem).toBe(problem);
  });
});

describe('journal tail repair', () => {
  it('drops a broken last line left by a failed append, so the next append starts on a clean line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duet-journal-'));
    try {
      const path = join(dir, 'history.journal');
      writeFileSync(path, line(entry(1)) + line(entry(2)).slice(0, 15));
      await repairJournalTail(path);
      await appendJournal(path, entry(3));
      expect(readFileSync(path, 'utf8')).toBe(line(entry(1)) + line(entry(3)));
      expect(parseJournal(readFileSync(path)).entries.map((e) => e.seq)).toEqual([1, 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
