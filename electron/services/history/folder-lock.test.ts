import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE } from './folder-lock';
import { openHistoryStore } from './history-store';
import { sampleRun } from './test-runs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'duet-history-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A live process that is not this one. */
async function otherProcess(): Promise<{ pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('spawn', resolve));
  return { pid: child.pid!, stop: () => new Promise((resolve) => child.once('exit', () => resolve()).kill('SIGKILL')) };
}

describe('one process per history folder', () => {
  it('refuses a history another live Duet has open, clearly, and touches nothing', async () => {
    const other = await otherProcess();
    try {
      writeFileSync(join(dir, LOCK_FILE), String(other.pid));
      await expect(openHistoryStore({ dir })).rejects.toThrow(`The run history is open in another Duet (process ${other.pid})`);
      expect(existsSync(join(dir, 'history.sqlite'))).toBe(false);
      expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(String(other.pid));
    } finally {
      await other.stop();
    }
  });

  it('takes over the lock of a process that is gone, and gives it back on close', async () => {
    const other = await otherProcess();
    await other.stop();
    writeFileSync(join(dir, LOCK_FILE), String(other.pid));
    const store = await openHistoryStore({ dir });
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe(String(process.pid));
    await store.record(sampleRun({ id: 'run_00000001' }));
    await store.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('gives the lock back when opening fails', async () => {
    // A folder where the journal should be: open fails after the lock was taken.
    mkdirSync(join(dir, 'history.journal'));
    await expect(openHistoryStore({ dir })).rejects.toThrow(/not a regular file/);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });
});
