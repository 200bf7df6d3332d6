import type { RunState } from '../runs/run-state';
import { describeError } from '../runs/describe-error';
import { MarkdownAnswer } from '../results/MarkdownAnswer';

/** The streamed answer, rendered as markdown that never runs as HTML (see MarkdownAnswer); the thinking stays plain text. */
export function Answer({ run }: { run: RunState }) {
  const incomplete = run.status === 'stopped' || run.status === 'error';
  return (
    <section className="answer" aria-label="Answer">
      {run.status === 'error' && run.error && (
        <div className="error-banner" role="alert">
          <strong>{describeError(run.error)}</strong>
          <span className="error-detail">
            {run.error.message}
            {run.error.status !== undefined && ` (HTTP ${run.error.status})`}
          </span>
          {run.error.requestId && <span className="error-request-id">Request id: {run.error.requestId}</span>}
        </div>
      )}
      {run.status === 'idle' && <p className="empty-state">Write a message and press Run (Ctrl+Enter). The answer streams here.</p>}
      {run.status === 'running' && run.text === '' && (
        <p className="waiting" role="status">
          {run.retry
            ? `${describeError(run.retry.reason)}. Retrying in ${Math.ceil(run.retry.delayMs / 1000)} s (attempt ${run.retry.attempt} of ${run.retry.maxAttempts})…`
            : 'Waiting for the first token…'}
        </p>
      )}
      {run.reasoning !== '' && (
        <details className="reasoning">
          <summary>Thinking</summary>
          <div className="answer-text">{run.reasoning}</div>
        </details>
      )}
      {run.text !== '' && (
        <div className="markdown-answer" data-testid="answer-text">
          <MarkdownAnswer text={run.text} />
        </div>
      )}
      {incomplete && run.text !== '' && <p className="incomplete-note">Incomplete answer ({run.status === 'stopped' ? 'stopped' : 'failed'}).</p>}
      <RunFooter run={run} />
    </section>
  );
}

function RunFooter({ run }: { run: RunState }) {
  if (run.status === 'idle' || run.status === 'running') return null;
  const seconds = run.startedAt !== undefined && run.endedAt !== undefined ? (run.endedAt - run.startedAt) / 1000 : undefined;
  const ttft = run.startedAt !== undefined && run.firstTokenAt !== undefined ? run.firstTokenAt - run.startedAt : undefined;
  return (
    <footer className="run-footer" aria-label="Run details">
      <span>Status: {run.status === 'done' ? `finished (${run.finishReason ?? 'stop'})` : run.status}</span>
      {run.usage && (
        <span>
          Tokens: {run.usage.prompt_tokens} in · {run.usage.completion_tokens} out
        </span>
      )}
      {ttft !== undefined && <span>First token: {Math.round(ttft)} ms</span>}
      {seconds !== undefined && <span>Duration: {seconds.toFixed(2)} s</span>}
      {run.warnings.length > 0 && (
        <details className="gateway-warnings">
          <summary>
            {run.warnings.length} gateway {run.warnings.length === 1 ? 'warning' : 'warnings'}
          </summary>
          <ul>
            {run.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </details>
      )}
    </footer>
  );
}
