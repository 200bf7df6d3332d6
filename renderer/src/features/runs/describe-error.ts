import type { DuetError } from '../../../../shared/contract';

/** A headline a person understands for each error code; the upstream message stays below it. */
export function describeError(error: DuetError): string {
  switch (error.code) {
    case 'no_api_key':
      return 'No Anthropic API key';
    case 'authentication':
      return 'Anthropic rejected the API key';
    case 'permission':
      return 'Not allowed';
    case 'rate_limited':
      return error.retryAfterSeconds !== undefined
        ? `Rate limited: try again in ${error.retryAfterSeconds} s`
        : 'Rate limited: try again shortly';
    case 'overloaded':
      return 'Anthropic is overloaded: try again in a moment';
    case 'network':
      return 'Network error';
    case 'timeout':
      return 'Anthropic did not answer in time';
    case 'stream_interrupted':
      return 'The answer was cut off';
    case 'invalid_request':
      return 'The request was rejected';
    case 'request_too_large':
      return 'The request is too large';
    case 'not_found':
      return 'Not found';
    case 'upstream_error':
      return 'Anthropic reported an error';
    case 'cancelled':
      return 'Stopped';
    case 'conflict':
      return 'Changed on disk';
    case 'storage':
      return 'Could not write to disk';
    case 'internal':
      return 'Something went wrong in Duet';
  }
}
