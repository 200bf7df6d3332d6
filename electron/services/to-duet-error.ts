import type { DuetError } from '../../shared/contract/result';
import { GatewayError } from '../gateway/errors';
import { AttachmentError } from './attachments/errors';
import { LibraryError } from './library/errors';

/** GatewayError → the contract's error envelope: the host side of error mapping. */
export function toDuetError(error: unknown): DuetError {
  if (error instanceof GatewayError) {
    return {
      code: error.code,
      message: error.message,
      status: error.status,
      retryable: error.retryable,
      ...(error.requestId ? { requestId: error.requestId } : {}),
      ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    };
  }
  if (error instanceof AttachmentError || error instanceof LibraryError) return { code: error.code, message: error.message, retryable: false };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong in Duet: ${message}`, retryable: false };
}
