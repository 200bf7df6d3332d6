import { isInvokeChannel, type HandlerContext, type Handlers, type InvokeChannel, type Responses, type Result } from '../../shared/contract';
import { requestSchemas } from '../../shared/contract/schemas';
import { describeIssues } from '../../shared/chat/request-schema';
import { toDuetError } from './to-duet-error';

export type Dispatch = (channel: string, payload: unknown, context: HandlerContext) => Promise<Result<unknown>>;

/**
 * The single entry both hosts call: checks the channel, validates the payload
 * with its zod schema, runs the handler and wraps the outcome in a Result.
 */
export function createDispatch(handlers: Handlers): Dispatch {
  return async (channel, payload, context) => {
    if (!isInvokeChannel(channel)) {
      return { ok: false, error: { code: 'invalid_request', message: `Unknown channel "${channel}".`, retryable: false } };
    }
    const parsed = requestSchemas[channel].safeParse(payload);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_request', message: describeIssues(parsed.error), retryable: false } };
    }
    try {
      return { ok: true, value: await call(handlers, channel, parsed.data, context) };
    } catch (error) {
      return { ok: false, error: toDuetError(error) };
    }
  };
}

function call<K extends InvokeChannel>(handlers: Handlers, channel: K, request: unknown, context: HandlerContext): Promise<Responses[K]> {
  // The schema for `channel` has just accepted `request`, so its type is RequestOf<K>.
  const handler = handlers[channel] as (request: unknown, context: HandlerContext) => Promise<Responses[K]>;
  return handler(request, context);
}
