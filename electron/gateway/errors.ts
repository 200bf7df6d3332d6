import type { ErrorCode } from '../../shared/contract/result';

/** OpenAI's error `type` for each Duet code, as OpenAI clients expect to read it. */
const OPENAI_TYPES: Record<ErrorCode, string> = {
  invalid_request: 'invalid_request_error',
  no_api_key: 'authentication_error',
  authentication: 'authentication_error',
  permission: 'permission_error',
  not_found: 'not_found_error',
  request_too_large: 'request_too_large',
  rate_limited: 'rate_limit_error',
  overloaded: 'overloaded_error',
  upstream_error: 'api_error',
  network: 'api_connection_error',
  timeout: 'timeout_error',
  stream_interrupted: 'api_error',
  cancelled: 'cancelled',
  conflict: 'conflict_error',
  storage: 'internal_error',
  internal: 'internal_error',
};

export interface GatewayErrorDetails {
  status: number;
  retryable?: boolean;
  requestId?: string;
  retryAfterSeconds?: number;
  /** The request field at fault, for 400s. */
  param?: string;
  /** Headers worth passing on to the caller (retry-after, rate limits). */
  headers?: Record<string, string>;
}

/** Every failure inside the gateway, already mapped to a status and a stable code. */
export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly requestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly param: string | undefined;
  readonly headers: Record<string, string>;

  constructor(code: ErrorCode, message: string, details: GatewayErrorDetails) {
    super(message);
    this.name = 'GatewayError';
    this.code = code;
    this.status = details.status;
    this.retryable = details.retryable ?? false;
    this.requestId = details.requestId;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.param = details.param;
    this.headers = details.headers ?? {};
  }

  get openaiType(): string {
    return OPENAI_TYPES[this.code];
  }

  /** The OpenAI error body: `{ error: { message, type, param, code } }`. */
  toOpenAIBody(): { error: { message: string; type: string; param: string | null; code: string } } {
    return { error: { message: this.message, type: this.openaiType, param: this.param ?? null, code: this.code } };
  }
}

export function invalidRequest(message: string, param?: string): GatewayError {
  return new GatewayError('invalid_request', message, { status: 400, ...(param ? { param } : {}) });
}
