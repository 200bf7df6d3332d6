import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openHistoryStore } from './history-store';
import { killTestRun } from './test-runs';

const CHILD = fileURLToPath(new URL('./record-until-killed.fixture.ts', import.meta.url));
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the recorder, waits until it has reported `count` runs on disk, then SIGKILLs it while it writes more. */
function recordThenKill(first: number, count: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const recorded: string[] = [];
    let errors = '';
    let buffer = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the recorder reported ${recorded.length} of ${count} runs in time:\n${errors}`));
    }, 45_000);
    child.stderr.on('data', (data: Buffer) => (errors += data.toString()));
    child.stdout.on('data', (data: Buffer) => {
      buffer += data.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('recorded ')) recorded.push(line.slice('recorded '.length));
      if (recorded.length >= count && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL' && recorded.length >= count) resolve(recorded);
      else reject(new Error(`the recorder stopped by itself (${code ?? signal}):\n${errors}`));
    });
  });
}

describe('history after the app is killed mid-write', () => {
  it('finds every run reported as recorded, intact, after each of several kills', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duet-history-kill-'));
    const reported: string[] = [];
    for (const [round, count] of [12, 7, 20].entries()) {
      reported.push(...(await recordThenKill(1000 * round, count)));
      const problems: string[] = [];
      const store = await openHistoryStore({ dir, onProblem: (message) => problems.push(message) });
      const { runs } = await store.list({ limit: 500 });
      const present = new Set(runs.map((run) => run.id));
      expect(reported.filter((id) => !present.has(id))).toEqual([]);
      for (const id of reported) {
        const index = Number(id.slice('run_kill_'.length));
        expect(await store.get(id)).toEqual(killTestRun(index));
      }
      // Nothing was damaged: no corrupt file moved aside, nothing to report.
      expect(problems).toEqual([]);
      expect(readdirSync(dir).filter((name) => name.includes('corrupt') || name.endsWith('.tmp'))).toEqual([]);
      await store.close();
    }
  }, 120_000);
});
