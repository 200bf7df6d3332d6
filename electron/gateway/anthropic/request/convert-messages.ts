import type { MessageParam, TextBlockParam, ToolResultBlockParam } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ChatMessage } from '../../../../shared/chat/request-schema';
import { invalidRequest } from '../../errors';
import { convertAssistantMessage, type AssistantBlock } from './convert-assistant-message';
import { convertContentPart, type UserBlock } from './convert-content-part';
import { convertToolMessage } from './convert-tool-message';

type UserTurn = { role: 'user'; results: ToolResultBlockParam[]; blocks: UserBlock[] };
type AssistantTurn = { role: 'assistant'; blocks: AssistantBlock[]; index: number };
type Turn = UserTurn | AssistantTurn;

export interface ConversationRules {
  model: string;
  /** The model continues a final assistant message. */
  prefill: boolean;
  thinking: boolean;
}

/**
 * User, assistant and tool messages → Anthropic turns. Consecutive same-role
 * messages merge into one turn; tool messages join the user turn that follows
 * the assistant's tool calls, with every `tool_result` first and any user
 * content after (A5, A18, A19). System and developer messages are hoisted
 * elsewhere and do not break a run.
 * https://platform.claude.com/docs/en/api/messages (consecutive turns are combined)
 * https://platform.claude.com/docs/en/agents-and-tools/tool-use/handle-tool-calls (tool results come first)
 */
export function convertMessages(messages: ChatMessage[], rules: ConversationRules): MessageParam[] {
  const turns: Turn[] = [];
  messages.forEach((message, index) => {
    if (message.role === 'user') userTurn(turns).blocks.push(...userBlocks(message, index));
    else if (message.role === 'tool') userTurn(turns).results.push(convertToolMessage(message, index));
    else if (message.role === 'assistant') addAssistant(turns, convertAssistantMessage(message, index), index);
  });
  const nonEmpty = turns.filter((turn) => (turn.role === 'user' ? turn.results.length + turn.blocks.length : turn.blocks.length) > 0);
  finishPrefill(nonEmpty, rules);
  const out = mergeAdjacent(nonEmpty).map(
    (turn): MessageParam => (turn.role === 'user' ? { role: 'user', content: [...turn.results, ...turn.blocks] } : { role: 'assistant', content: turn.blocks }),
  );
  if (out.length === 0) throw invalidRequest('messages must contain at least one user or assistant message with content.', 'messages');
  return out;
}

function userTurn(turns: Turn[]): UserTurn {
  const last = turns.at(-1);
  if (last?.role === 'user') return last;
  const turn: UserTurn = { role: 'user', results: [], blocks: [] };
  turns.push(turn);
  return turn;
}

function addAssistant(turns: Turn[], blocks: AssistantBlock[], index: number): void {
  const last = turns.at(-1);
  if (last?.role === 'assistant') {
    last.blocks.push(...blocks);
    last.index = index;
  } else turns.push({ role: 'assistant', blocks, index });
}

/** A message whose content was all empty leaves an empty turn; dropping it can make neighbours adjacent. */
function mergeAdjacent(turns: Turn[]): Turn[] {
  const merged: Turn[] = [];
  for (const turn of turns) {
    const last = merged.at(-1);
    if (last?.role === 'user' && turn.role === 'user') {
      last.results.push(...turn.results);
      last.blocks.push(...turn.blocks);
    } else if (last?.role === 'assistant' && turn.role === 'assistant') {
      last.blocks.push(...turn.blocks);
      last.index = turn.index;
    } else merged.push(turn);
  }
  return merged;
}

function userBlocks(message: Extract<ChatMessage, { role: 'user' }>, index: number): UserBlock[] {
  const blocks =
    typeof message.content === 'string'
      ? message.content.trim() === ''
        ? []
        : [{ type: 'text', text: message.content } satisfies TextBlockParam]
      : message.content.flatMap((part, partIndex) => convertContentPart(part, `messages.${index}.content.${partIndex}`) ?? []);
  const last = blocks.at(-1);
  // Message-level cache_control marks the message's last block (A6).
  if (message.cache_control && last && !last.cache_control) last.cache_control = message.cache_control;
  return blocks;
}

/**
 * A final assistant turn asks Claude to continue it (prefill). Models from 4.6 on
 * answer 400, and so does any model with thinking on; otherwise trailing
 * whitespace is trimmed because the API rejects it (A21).
 * https://platform.claude.com/docs/en/build-with-claude/extended-thinking (feature compatibility)
 */
function finishPrefill(turns: Turn[], rules: ConversationRules): void {
  const last = turns.at(-1);
  if (last?.role !== 'assistant') return;
  const param = `messages.${last.index}`;
  if (!rules.prefill) {
    throw invalidRequest(`${param}: ${rules.model} does not continue a final assistant message (prefill); end the conversation with a user message.`, param);
  }
  if (rules.thinking) throw invalidRequest(`${param}: a final assistant message (prefill) cannot be combined with thinking.`, param);
  const tail = last.blocks.at(-1);
  if (tail?.type !== 'text') return;
  tail.text = tail.text.trimEnd();
}
