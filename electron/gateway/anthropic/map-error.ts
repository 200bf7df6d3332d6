import Anthropic from '@anthropic-ai/sdk';
import type { ErrorCode } from '../../../shared/contract/result';
import { GatewayError } from '../errors';

/**
 * Upstream failure → GatewayError: the one place Anthropic's statuses and error
 * types become Duet codes. 529 is reported as 503 so OpenAI clients retry it.
 * https://platform.claude.com/docs/en/api/errors
 */
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_request',
  401: 'authentication',
  402: 'permission',
  403: 'permission',
  404: 'not_found',
  413: 'request_too_large',
  429: 'rate_limited',
  500: 'upstream_error',
  502: 'upstream_error',
  503: 'overloaded',
  504: 'timeout',
  529: 'overloaded',
};

/** Error `type`s from an `event: error` frame, which carries no status. */
const BY_TYPE: Record<string, { code: ErrorCode; status: number }> = {
  invalid_request_error: { code: 'invalid_request', status: 400 },
  authentication_error: { code: 'authentication', status: 401 },
  billing_error: { code: 'permission', status: 402 },
  permission_error: { code: 'permission', status: 403 },
  not_found_error: { code: 'not_found', status: 404 },
  request_too_large: { code: 'request_too_large', status: 413 },
  rate_limit_error: { code: 'rate_limited', status: 429 },
  api_error: { code: 'upstream_error', status: 500 },
  timeout_error: { code: 'timeout', status: 504 },
  overloaded_error: { code: 'overloaded', status: 503 },
};

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['rate_limited', 'overloaded', 'upstream_error', 'timeout', 'network']);
const PASSED_ON_HEADERS = /^(retry-after|anthropic-ratelimit-.*|x-should-retry)$/i;

export function mapError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  if (error instanceof Anthropic.APIUserAbortError) {
    return new GatewayError('cancelled', 'The run was stopped.', { status: 499 });
  }
  if (error instanceof Anthropic.APIConnectionTimeoutError) {
    return new GatewayError('timeout', 'Anthropic did not answer in time.', { status: 504, retryable: true });
  }
  if (error instanceof Anthropic.APIConnectionError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return new GatewayError('network', `Could not reach Anthropic${cause}.`, { status: 502, retryable: true });
  }
  if (error instanceof Anthropic.APIError) return fromApiError(error);
  const message = error instanceof Error ? error.message : String(error);
  return new GatewayError('internal', `Unexpected gateway failure: ${message}`, { status: 500 });
}

function fromApiError(error: InstanceType<typeof Anthropic.APIError>): GatewayError {
  const byType = error.type ? BY_TYPE[error.type] : undefined;
  const code: ErrorCode = (error.status !== undefined ? BY_STATUS[error.status] : undefined) ?? byType?.code ?? 'upstream_error';
  const status = error.status === 529 ? 503 : (error.status ?? byType?.status ?? 502);
  const headers = pickHeaders(error.headers);
  const retryAfter = Number(headers['retry-after']);
  return new GatewayError(code, error.apiMessage ?? describeStatus(error.status), {
    status,
    retryable: RETRYABLE.has(code),
    ...(error.requestID ? { requestId: error.requestID } : {}),
    ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
    headers,
  });
}

function pickHeaders(headers: Headers | undefined): Record<string, string> {
  const picked: Record<string, string> = {};
  headers?.forEach((value, name) => {
    if (PASSED_ON_HEADERS.test(name)) picked[name.toLowerCase()] = value;
  });
  return picked;
}

function describeStatus(status: number | undefined): string {
  return status === undefined ? 'Anthropic reported an error.' : `Anthropic answered with HTTP ${status}.`;
}
