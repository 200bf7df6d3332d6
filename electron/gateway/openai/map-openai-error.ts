import OpenAI from 'openai';
import type { ErrorCode } from '../../../shared/contract/result';
import { GatewayError } from '../errors';

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_request',
  401: 'authentication',
  403: 'permission',
  404: 'not_found',
  413: 'request_too_large',
  422: 'invalid_request',
  429: 'rate_limited',
  500: 'upstream_error',
  502: 'upstream_error',
  503: 'overloaded',
  504: 'timeout',
};

/** Errors of an OpenAI-compatible upstream → GatewayError, status and message preserved. */
export function mapOpenAIError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  if (error instanceof OpenAI.APIUserAbortError) return new GatewayError('cancelled', 'The run was stopped.', { status: 499 });
  if (error instanceof OpenAI.APIConnectionError) {
    return new GatewayError('network', `Could not reach the OpenAI-compatible endpoint: ${error.message}`, { status: 502, retryable: true });
  }
  if (error instanceof OpenAI.APIError) {
    const status = error.status ?? 502;
    const code = BY_STATUS[status] ?? (status >= 500 ? 'upstream_error' : 'invalid_request');
    const retryAfter = Number(error.headers?.get('retry-after'));
    const body = error.error as { message?: unknown } | undefined;
    return new GatewayError(code, typeof body?.message === 'string' ? body.message : error.message, {
      status,
      retryable: status === 429 || status >= 500,
      ...(error.requestID ? { requestId: error.requestID } : {}),
      ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
      ...(error.param ? { param: error.param } : {}),
    });
  }
  return new GatewayError('internal', error instanceof Error ? error.message : String(error), { status: 500 });
}
