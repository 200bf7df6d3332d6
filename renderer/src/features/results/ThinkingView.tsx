import { useEffect, useState } from 'react';
import type { RunState } from '../runs/run-state';
import { redactedBlockCount } from '../runs/run-state';
import { estimateTokens, formatCount } from './run-metrics';

/** Re-renders every 100 ms while `active`, returning performance.now() (the clock the run store uses). */
function useNow(active: boolean): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/**
 * The model's thinking: a collapsible block with a live timer while it streams, then its
 * duration and token count (Anthropic's own figure, else a marked estimate). Redacted blocks
 * cannot be shown: they are encrypted, and go back to the API as they came.
 */
export function ThinkingView({ run }: { run: RunState }) {
  const redacted = redactedBlockCount(run);
  const thinkingEnd = run.firstTextAt ?? run.firstToolAt ?? run.endedAt;
  const streaming = run.status === 'running' && run.firstThinkingAt !== undefined && thinkingEnd === undefined;
  const now = useNow(streaming);
  if (run.reasoning === '' && redacted === 0) return null;

  const startedAt = run.firstThinkingAt ?? run.startedAt;
  const seconds = startedAt !== undefined ? ((thinkingEnd ?? now) - startedAt) / 1000 : undefined;
  const reported = run.usage?.completion_tokens_details?.reasoning_tokens;
  const tokens =
    reported !== undefined && reported !== null
      ? `${formatCount(reported)} thinking tokens`
      : run.reasoning !== ''
        ? `≈${formatCount(estimateTokens(run.reasoning))} tokens (estimate)`
        : undefined;

  return (
    <section className="thinking" aria-label="Thinking">
      {run.reasoning !== '' && (
        <details className="reasoning">
          <summary>
            {streaming ? (
              <span role="status">Thinking… {(seconds ?? 0).toFixed(1)} s</span>
            ) : (
              <>
                Thinking
                {seconds !== undefined && <span className="thinking-meta"> · {seconds.toFixed(1)} s</span>}
                {tokens && <span className="thinking-meta"> · {tokens}</span>}
              </>
            )}
          </summary>
          <div className="answer-text">{run.reasoning}</div>
        </details>
      )}
      {redacted > 0 && (
        <p className="redacted-thinking" role="note" aria-label="Redacted thinking">
          <strong>
            Redacted thinking ({redacted} {redacted === 1 ? 'block' : 'blocks'})
          </strong>{' '}
          Part of the model&apos;s reasoning was flagged and comes back encrypted, so it cannot be shown. It is sent back to the model
          as is on the next turn, so the conversation keeps its context.
        </p>
      )}
    </section>
  );
}
