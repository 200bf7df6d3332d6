import type { ChatRequest } from '../../../../shared/chat/request-schema';
import type { PanePrompt } from './store';

/** The OpenAI-format request a pane sends. Pure, so export and tests see exactly what runs. */
export function buildRequest(prompt: PanePrompt): ChatRequest {
  const messages: ChatRequest['messages'] = [];
  if (prompt.system.trim() !== '') messages.push({ role: 'system', content: prompt.system });
  messages.push({ role: 'user', content: prompt.user });
  return { model: prompt.model, messages, stream: true, stream_options: { include_usage: true } };
}
