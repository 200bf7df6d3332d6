import type { ErrorCode } from '../../../shared/contract/result';

export type LibraryErrorCode = Extract<ErrorCode, 'conflict' | 'storage' | 'not_found' | 'invalid_request'>;

/** A library call that could not be done: the message says what was (not) saved and why. */
export class LibraryError extends Error {
  readonly code: LibraryErrorCode;

  constructor(code: LibraryErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LibraryError';
    this.code = code;
  }
}

const STORAGE_REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'Duet may not write there (permission denied)',
  EPERM: 'Duet may not write there (operation not permitted)',
  EROFS: 'the folder is on a read-only disk',
};

/**
 * A failed write as a `storage` error that says what did not happen ("\"a.prompt\" was not saved") and
 * why; other errors pass unchanged.
 */
export function storageError(error: unknown, whatFailed: string, after = ''): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? STORAGE_REASONS[code] : undefined;
  if (!reason) return error;
  return new LibraryError('storage', `${whatFailed}: ${reason} (${code}).${after}`, { cause: error });
}
