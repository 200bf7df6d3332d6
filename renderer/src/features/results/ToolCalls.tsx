import type { RunToolCall } from '../runs/run-state';
import { prettyJson } from './run-metrics';

/** The client tool calls the model asked for, with their input pretty-printed (raw with a warning when not JSON). */
export function ToolCalls({ calls, streaming }: { calls: readonly RunToolCall[]; streaming: boolean }) {
  if (calls.length === 0) return null;
  return (
    <section className="tool-calls" aria-label="Tool calls">
      <h3>Tool calls</h3>
      {calls.map((call) => {
        const input = prettyJson(call.arguments);
        return (
          <article key={call.index} className="tool-call" aria-label={`Tool call ${call.name}`}>
            <header>
              <strong className="tool-name">{call.name}</strong> <code className="tool-id">{call.id}</code>
            </header>
            {!input.ok && !streaming && (
              <p className="tool-input-warning" role="note">
                The input is not valid JSON; shown as received.
              </p>
            )}
            <pre className="tool-input" aria-label={`Input of ${call.name}`}>
              {input.text}
            </pre>
          </article>
        );
      })}
    </section>
  );
}
