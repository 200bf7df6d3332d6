import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../gateway/errors';
import { describeStorageFailure, historyStorageError } from './storage-error';

const errno = (code: string) => Object.assign(new Error(`${code}: raw message`), { code });

describe('storage errors', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk quota is used up'],
    ['EACCES', 'Duet may not write to its data folder'],
    ['EROFS', 'the data folder is on a read-only disk'],
    ['EIO', 'EIO: raw message'],
  ])('%s reads as "%s"', (code, text) => {
    expect(describeStorageFailure(errno(code))).toBe(text);
  });

  it('is a storage error with the action, or the reason alone', () => {
    expect(historyStorageError('The runs could not be deleted', errno('ENOSPC'))).toMatchObject({ code: 'storage', message: 'The runs could not be deleted: the disk is full.' });
    expect(historyStorageError(undefined, errno('ENOSPC')).message).toBe('the disk is full.');
  });

  it('passes an error that already has a code through unchanged', () => {
    const notFound = new GatewayError('not_found', 'gone', { status: 404 });
    expect(historyStorageError('x', notFound)).toBe(notFound);
  });
});
