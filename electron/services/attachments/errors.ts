import type { ErrorCode } from '../../../shared/contract/result';

/** A file Duet cannot attach, or an id it does not know: the message says which and why. */
export class AttachmentError extends Error {
  readonly code: ErrorCode;

  constructor(code: Extract<ErrorCode, 'invalid_request' | 'not_found' | 'request_too_large'>, message: string) {
    super(message);
    this.name = 'AttachmentError';
    this.code = code;
  }
}
