import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_ATTACHMENT_AGE_MS, removableAttachments } from './attachment-gc';
import { attachmentIdsIn, promptAttachmentIds } from './protected-attachments';

const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((letter) => letter.repeat(64)) as [string, string, string, string];
const now = 10 * MIN_ATTACHMENT_AGE_MS;

describe('removableAttachments', () => {
  it.each([
    ['an old, unprotected file', [a], [], [[a, 0]], [a]],
    ['a protected file', [a], [a], [[a, 0]], []],
    ['a file younger than an hour (the open workspace may use it)', [a], [], [[a, now - MIN_ATTACHMENT_AGE_MS + 1]], []],
    ['a file exactly an hour old', [a], [], [[a, now - MIN_ATTACHMENT_AGE_MS]], [a]],
    ['a file that is not there', [a], [], [[a, undefined]], []],
    ['a mix', [a, b, c, d], [b], [[a, 0], [b, 0], [c, now], [d, 5]], [a, d]],
  ] as const)('%s', (_case, candidates, protectedIds, times, expected) => {
    expect(removableAttachments(candidates, new Set(protectedIds), new Map(times), now)).toEqual(expected);
  });
});

describe('protected attachment ids', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['an id in a prompt file', `attachment: ${a}\n`, [a]],
    ['two ids', `${a}, ${b}`, [a, b]],
    ['no 64-hex run inside a longer one', `${a}0`, []],
    ['upper-case hex is not an id', a.toUpperCase(), []],
  ])('finds %s', (_case, text, ids) => {
    expect(attachmentIdsIn(text)).toEqual(ids);
  });

  it('scans every .prompt file under the library, nested too, and nothing else', async () => {
    dir = mkdtempSync(join(tmpdir(), 'duet-library-'));
    mkdirSync(join(dir, 'birds', 'owls'), { recursive: true });
    writeFileSync(join(dir, 'top.prompt'), `---\nattachments: [${a}]\n---\n`);
    writeFileSync(join(dir, 'birds', 'owls', 'deep.prompt'), `see ${b}`);
    writeFileSync(join(dir, 'notes.txt'), c);
    expect([...(await promptAttachmentIds(dir))].sort()).toEqual([a, b]);
  });

  it('answers no ids when there is no library yet', async () => {
    expect((await promptAttachmentIds(join(tmpdir(), 'duet-no-such-library-folder'))).size).toBe(0);
  });
});
