import { useState, type FormEvent } from 'react';
import type { ToolResultInput } from '../pane/conversation';

interface Draft {
  text: string;
  isError: boolean;
}

/**
 * "Respond by hand": one result per tool call the answer ended with. Sending adds the answer
 * (with its signed thinking) and the results to the conversation, then runs it again.
 */
export function ToolResultsForm({ toolCalls, onSend }: { toolCalls: readonly { id: string; name: string }[]; onSend(results: ToolResultInput[]): void }) {
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const draft = (id: string): Draft => drafts[id] ?? { text: '', isError: false };
  const update = (id: string, change: Partial<Draft>) => setDrafts((all) => ({ ...all, [id]: { ...draft(id), ...change } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSend(toolCalls.map((call) => ({ toolCallId: call.id, toolName: call.name, ...draft(call.id) })));
  };

  return (
    <form className="tool-results-form" aria-label="Respond to tool calls by hand" onSubmit={submit}>
      <h3>Respond by hand</h3>
      {toolCalls.map((call) => (
        <fieldset key={call.id} className="tool-result">
          <legend>
            {call.name} <code>{call.id}</code>
          </legend>
          <textarea aria-label={`Result for ${call.name}`} placeholder="Text or JSON" rows={3} value={draft(call.id).text} onChange={(event) => update(call.id, { text: event.target.value })} />
          <label>
            <input type="checkbox" checked={draft(call.id).isError} onChange={(event) => update(call.id, { isError: event.target.checked })} />
            Is error
          </label>
        </fieldset>
      ))}
      <button type="submit" className="primary">
        Send tool results
      </button>
    </form>
  );
}
