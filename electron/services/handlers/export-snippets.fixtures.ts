import type { AttachmentRef } from '../../../shared/chat/attachment';
import type { RunRequest } from '../../../shared/contract';

const ephemeral1h = { type: 'ephemeral' as const, ttl: '1h' as const };

/** Requests as panes send them (runs.start), one per feature the snippets must carry. */
export function paneRequests(png: AttachmentRef, pdf: AttachmentRef): Record<string, RunRequest> {
  const stream = { stream: true, stream_options: { include_usage: true } };
  return {
    'tools, tool choice, stop sequences and a 1h cache breakpoint': {
      // A model that does not always think, so tool_choice may force the tool.
      model: 'claude-sonnet-5',
      ...stream,
      messages: [
        { role: 'system', content: 'You are a weather bot. It\'s "sunny" $HOME `date`.', cache_control: ephemeral1h },
        { role: 'user', content: 'Weather in Paris?' },
      ],
      max_tokens: 2048,
      stop: ['END', '\n\nHuman:'],
      tools: [
        {
          type: 'function',
          function: { name: 'get_weather', description: 'Weather by city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
          cache_control: { type: 'ephemeral', ttl: '5m' },
        },
      ],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
      parallel_tool_calls: false,
    },
    'thinking budget with a beta header': {
      model: 'claude-sonnet-4-6',
      ...stream,
      messages: [{ role: 'user', content: 'Think about 17 × 23.' }],
      max_tokens: 8000,
      thinking: { type: 'enabled', budget_tokens: 4000 },
      anthropic_beta: ['files-api-2025-04-14'],
    },
    'structured output, an image and a PDF with citations': {
      model: 'claude-sonnet-5-5',
      ...stream,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Describe these.' },
            { type: 'duet_attachment', attachment: { id: png.id, name: png.name } },
            { type: 'duet_attachment', attachment: { id: pdf.id, name: pdf.name }, citations: { enabled: true }, title: 'The report', context: 'Q3', cache_control: { type: 'ephemeral', ttl: '5m' } },
          ],
        },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'answer', schema: { type: 'object', properties: { summary: { type: 'string' } }, required: ['summary'], additionalProperties: false } } },
    },
    'a prefill after a system prompt': {
      // A model that still continues a prefill.
      model: 'claude-haiku-4-5',
      ...stream,
      messages: [
        { role: 'system', content: 'Answer in JSON.' },
        { role: 'user', content: 'Three colours?' },
        { role: 'assistant', content: '{"colours": [' },
      ],
      temperature: 0.2,
    },
  };
}
