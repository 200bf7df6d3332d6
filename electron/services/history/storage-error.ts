import { GatewayError } from '../../gateway/errors';

/** Disk-full and permission failures read as what they mean to a person, not as errno names. */
export function describeStorageFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EDQUOT') return 'the disk quota is used up';
  if (code === 'EACCES' || code === 'EPERM') return 'Duet may not write to its data folder';
  if (code === 'EROFS') return 'the data folder is on a read-only disk';
  return error instanceof Error ? error.message : String(error);
}

/**
 * The contract's `storage` error for a history operation that could not read or write its files.
 * Without an action the message is the reason alone: the renderer words `not_recorded` itself
 * ("This run was not saved to history: …").
 */
export function historyStorageError(action: string | undefined, error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const reason = describeStorageFailure(error);
  return new GatewayError('storage', action ? `${action}: ${reason}.` : `${reason}.`, { status: 500 });
}
