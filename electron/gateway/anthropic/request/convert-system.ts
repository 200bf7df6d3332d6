import type { TextBlockParam } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatMessage } from '../../../../shared/chat/request-schema';
import { invalidRequest } from '../../errors';

type SystemMessage = Extract<ChatMessage, { role: 'system' | 'developer' }>;

/**
 * Every system and developer message, wherever it sits, → the `system` array of
 * text blocks, in order (A1, A2). Always the array form so `cache_control` (with
 * its `ttl`) can ride on a block (A3); empty text is never sent (A4).
 * https://platform.claude.com/docs/en/build-with-claude/prompt-caching
 */
export function convertSystem(messages: ChatMessage[]): TextBlockParam[] {
  return messages.flatMap((message, index) =>
    message.role === 'system' || message.role === 'developer' ? systemBlocks(message, index) : [],
  );
}

function systemBlocks(message: SystemMessage, index: number): TextBlockParam[] {
  const parts = typeof message.content === 'string' ? [{ type: 'text' as const, text: message.content }] : message.content;
  const blocks = parts.flatMap((part, partIndex): TextBlockParam[] => {
    if ('citations' in part && part.citations && part.citations.length > 0) {
      const param = `messages.${index}.content.${partIndex}.citations`;
      throw invalidRequest(`${param}: citations on a text part are accepted only in assistant messages.`, param);
    }
    if (part.text.trim() === '') return [];
    return [{ type: 'text', text: part.text, ...('cache_control' in part && part.cache_control ? { cache_control: part.cache_control } : {}) }];
  });
  const last = blocks.at(-1);
  // Message-level cache_control marks the message's last block.
  if (message.cache_control && last && !last.cache_control) last.cache_control = message.cache_control;
  return blocks;
}
