import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChatChunk } from '../../../shared/chat/chunk';
import { chatRequestSchema, describeIssues, type ChatRequest } from '../../../shared/chat/request-schema';
import { GatewayError, invalidRequest } from '../errors';
import type { Gateway } from '../index';
import { createChunkEncoder } from './chunk-encoder';
import { MAX_BODY_BYTES, readBody } from './read-body';
import { sendError, sendJson, warningHeader } from './respond';

export interface CallContext {
  gateway: Gateway;
  /** The caller's own provider key, when it sent one instead of the gateway token. */
  apiKey: string | undefined;
  bodyLimit?: number;
}

/** POST /v1/chat/completions: OpenAI format in and out, streaming or not. */
export async function handleChatCompletions(request: IncomingMessage, response: ServerResponse, context: CallContext): Promise<void> {
  const parsed = await parseChatRequest(request, context.bodyLimit ?? MAX_BODY_BYTES);
  if (parsed instanceof GatewayError) return sendError(response, parsed);

  // A caller that goes away (Stop, closed tab, Ctrl+C) aborts the upstream request.
  const controller = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  const options = { signal: controller.signal, apiKey: context.apiKey, betas: headerBetas(request) };

  try {
    if (!parsed.stream) {
      const result = await context.gateway.completeChat(parsed, options);
      return sendJson(response, 200, result.completion, { ...warningHeader(result.warnings), ...requestIdHeader(result.requestId) });
    }
    const stream = await context.gateway.streamChat(parsed, options);
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      ...warningHeader(stream.warnings),
      ...requestIdHeader(stream.requestId),
    });
    await pipeChunks(stream.chunks, response);
  } catch (error) {
    if (controller.signal.aborted) return void response.destroy();
    sendError(response, error instanceof GatewayError ? error : new GatewayError('internal', String(error), { status: 500 }));
  }
}

/**
 * SSE frames, `data: [DONE]` at the end, one write per batch, waiting for the
 * client when it reads slower than the upstream sends. An error after the first
 * byte is sent as a `data: {"error": …}` frame and the stream closes without
 * [DONE], so no client mistakes a cut answer for a finished one.
 */
async function pipeChunks(batches: AsyncIterable<ChatChunk[]>, response: ServerResponse): Promise<void> {
  const encode = createChunkEncoder();
  try {
    for await (const batch of batches) {
      if (response.destroyed) return;
      let frames = '';
      for (const chunk of batch) frames += encode(chunk);
      if (!response.write(frames)) await drained(response);
    }
    response.end('data: [DONE]\n\n');
  } catch (error) {
    if (response.destroyed) return;
    const failure = error instanceof GatewayError ? error : new GatewayError('internal', String(error), { status: 500 });
    response.end(`data: ${JSON.stringify(failure.toOpenAIBody())}\n\n`);
  }
}

/** Resolves when the client has taken what was written, or is gone. */
function drained(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

async function parseChatRequest(request: IncomingMessage, limit: number): Promise<ChatRequest | GatewayError> {
  const body = await readBody(request, limit);
  if (!body.ok) {
    return body.reason === 'too_large'
      ? new GatewayError('request_too_large', `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`, { status: 413 })
      : invalidRequest('The request body was not received completely.');
  }
  let json: unknown;
  try {
    json = JSON.parse(body.bytes.toString('utf8'));
  } catch (error) {
    return invalidRequest(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  const result = chatRequestSchema.safeParse(json);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  return invalidRequest(`Invalid request: ${describeIssues(result.error)}`, first?.path.join('.') || undefined);
}

function headerBetas(request: IncomingMessage): string[] {
  const value = request.headers['anthropic-beta'];
  const joined = Array.isArray(value) ? value.join(',') : (value ?? '');
  return joined.split(',').map((beta) => beta.trim()).filter(Boolean);
}

function requestIdHeader(requestId: string | undefined): Record<string, string> {
  return requestId ? { 'request-id': requestId, 'x-request-id': requestId } : {};
}
