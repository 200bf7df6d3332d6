/**
 * Child process for the kill test: records runs as fast as it can into the history folder given
 * as argv[2] and prints "recorded <id>" after each write has resolved (is on disk), until it is
 * killed. A small checkpoint size makes kills land in checkpoints too, not only in appends.
 */
import { openHistoryStore } from './history-store';
import { killTestRun } from './test-runs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: record-until-killed.fixture.ts <history dir> [first index]');
const first = Number(process.argv[3] ?? 0);
const store = await openHistoryStore({ dir, checkpointBytes: 256 * 1024 });
for (let index = first; ; index += 1) {
  const run = killTestRun(index);
  await store.record(run);
  process.stdout.write(`recorded ${run.id}\n`);
}
