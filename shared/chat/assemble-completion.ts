import type { ChatChunk, ChatCompletion, ChatCompletionChoice } from './chunk';

type ChoiceDraft = {
  index: number;
  content: string[];
  reasoning: string[];
  toolCalls: Map<number, { id: string; name: string; arguments: string[] }>;
  thinkingBlocks: NonNullable<ChatCompletionChoice['message']['thinking_blocks']>;
  citations: NonNullable<ChatCompletionChoice['message']['citations']>;
  contentBlocks: NonNullable<ChatCompletionChoice['message']['content_blocks']>;
  finishReason: ChatCompletionChoice['finish_reason'] | null;
  stopSequence?: string;
  pauseTurn?: boolean;
};

/**
 * The `chat.completion` a non-streamed call would have returned, rebuilt from streamed chunks:
 * deltas joined per choice, tool-call fragments joined by index, Duet's extensions kept.
 * Text is gathered in arrays and joined once, so a long stream stays linear.
 */
export function assembleCompletion(chunks: readonly ChatChunk[], firstChoiceText?: { content: string; reasoning: string }): ChatCompletion {
  const first = chunks[0];
  const choices = new Map<number, ChoiceDraft>();
  // A caller that keeps the first choice's text itself (the renderer's run store does) passes it: it is taken from there.
  const fill = firstChoiceText && (firstChoiceText.content !== '' || firstChoiceText.reasoning !== '') ? newDraft(0) : undefined;
  if (fill && firstChoiceText) {
    if (firstChoiceText.content !== '') fill.content.push(firstChoiceText.content);
    if (firstChoiceText.reasoning !== '') fill.reasoning.push(firstChoiceText.reasoning);
    choices.set(0, fill);
  }
  let usage: ChatCompletion['usage'];
  for (const chunk of chunks) {
    if (chunk.usage) usage = chunk.usage;
    for (const choice of chunk.choices) {
      const draft = choices.get(choice.index) ?? newDraft(choice.index);
      choices.set(choice.index, draft);
      const { delta } = choice;
      const filled = firstChoiceText !== undefined && choice.index === 0;
      if (delta.content && !filled) draft.content.push(delta.content);
      if (delta.reasoning_content && !filled) draft.reasoning.push(delta.reasoning_content);
      if (delta.thinking_blocks) draft.thinkingBlocks.push(...delta.thinking_blocks);
      if (delta.citations) draft.citations.push(...delta.citations);
      if (delta.content_blocks) draft.contentBlocks.push(...delta.content_blocks);
      for (const call of delta.tool_calls ?? []) {
        const known = draft.toolCalls.get(call.index) ?? { id: '', name: '', arguments: [] };
        if (call.id) known.id = call.id;
        if (call.function?.name) known.name = call.function.name;
        if (call.function?.arguments) known.arguments.push(call.function.arguments);
        draft.toolCalls.set(call.index, known);
      }
      if (choice.finish_reason) draft.finishReason = choice.finish_reason;
      if (choice.stop_sequence) draft.stopSequence = choice.stop_sequence;
      if (choice.pause_turn) draft.pauseTurn = true;
    }
  }
  return {
    id: first?.id ?? '',
    object: 'chat.completion',
    created: first?.created ?? 0,
    model: first?.model ?? '',
    choices: [...choices.values()].sort((a, b) => a.index - b.index).map(toChoice),
    ...(usage ? { usage } : {}),
  };
}

function newDraft(index: number): ChoiceDraft {
  return { index, content: [], reasoning: [], toolCalls: new Map(), thinkingBlocks: [], citations: [], contentBlocks: [], finishReason: null };
}

function toChoice(draft: ChoiceDraft): ChatCompletionChoice {
  const toolCalls = [...draft.toolCalls.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, call]) => ({ id: call.id, type: 'function' as const, function: { name: call.name, arguments: call.arguments.join('') } }));
  return {
    index: draft.index,
    message: {
      role: 'assistant',
      content: draft.content.length > 0 ? draft.content.join('') : null,
      refusal: null,
      ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
      ...(draft.reasoning.length > 0 ? { reasoning_content: draft.reasoning.join('') } : {}),
      ...(draft.thinkingBlocks.length > 0 ? { thinking_blocks: draft.thinkingBlocks } : {}),
      ...(draft.citations.length > 0 ? { citations: draft.citations } : {}),
      ...(draft.contentBlocks.length > 0 ? { content_blocks: draft.contentBlocks } : {}),
    },
    // A stream cut short has no finish reason: null says so rather than guessing one.
    finish_reason: (draft.finishReason ?? null) as ChatCompletionChoice['finish_reason'],
    logprobs: null,
    ...(draft.stopSequence !== undefined ? { stop_sequence: draft.stopSequence } : {}),
    ...(draft.pauseTurn ? { pause_turn: true } : {}),
  };
}
