import type { ChatChunk, ChatCompletion, ChatCompletionMessage, FinishExtensions } from '../../../../shared/chat/chunk';

type ToolCall = NonNullable<ChatCompletionMessage['tool_calls']>[number] & { type: 'function' };

/**
 * Test support: folds streamed chunks into one chat.completion the way an OpenAI
 * client does (content concatenated, tool calls merged by index, extension lists
 * appended), so the stream can be compared with the non-streamed answer.
 */
export function foldChunks(chunks: readonly ChatChunk[]): ChatCompletion {
  const first = chunks[0];
  if (!first) throw new Error('no chunks to fold');
  let content = '';
  let reasoning = '';
  const lists = { thinking_blocks: [] as unknown[], citations: [] as unknown[], content_blocks: [] as unknown[] };
  const toolCalls: ToolCall[] = [];
  let finish: ChatCompletion['choices'][number]['finish_reason'] | undefined;
  let extensions: FinishExtensions = {};
  let usage: ChatCompletion['usage'];

  for (const chunk of chunks) {
    if (chunk.usage) usage = chunk.usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    const { delta } = choice;
    content += delta.content ?? '';
    reasoning += delta.reasoning_content ?? '';
    for (const key of ['thinking_blocks', 'citations', 'content_blocks'] as const) lists[key].push(...(delta[key] ?? []));
    for (const call of delta.tool_calls ?? []) {
      const known = toolCalls[call.index];
      if (known) known.function.arguments += call.function?.arguments ?? '';
      else toolCalls[call.index] = { id: call.id ?? '', type: 'function', function: { name: call.function?.name ?? '', arguments: call.function?.arguments ?? '' } };
    }
    if (choice.finish_reason) {
      finish = choice.finish_reason;
      const { stop_sequence, pause_turn } = choice;
      extensions = { ...(stop_sequence != null ? { stop_sequence } : {}), ...(pause_turn != null ? { pause_turn } : {}) };
    }
  }
  if (!finish) throw new Error('the stream never finished');

  const message: ChatCompletionMessage = {
    role: 'assistant',
    content: content === '' && toolCalls.length > 0 ? null : content,
    refusal: null,
    ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
    ...(reasoning !== '' ? { reasoning_content: reasoning } : {}),
    ...Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length > 0)),
  };
  return {
    id: first.id,
    object: 'chat.completion',
    created: first.created,
    model: first.model,
    choices: [{ index: 0, message, finish_reason: finish, logprobs: null, ...extensions }],
    ...(usage ? { usage } : {}),
  };
}
