import { useEffect, useRef, type ReactNode } from 'react';
import type { HistoryRun } from '../../../../shared/contract';
import { formatUpstreamRequest, prettyJson } from '../inspector/inspector-text';
import { formatCount, formatUsd } from '../results/run-metrics';
import { formatDuration, runName, STATUS_TEXT } from './format';
import { useHistoryRun } from './queries';

/** One recorded run in full: what was sent, what came back, and its figures. Model output is shown as text, never as HTML. */
export function RunDetails({ id, onBack }: { id: string; onBack(): void }) {
  const run = useHistoryRun(id);
  const backRef = useRef<HTMLButtonElement>(null);
  // The row that opened the details is hidden now: the focus moves here, so Esc and Tab still work.
  useEffect(() => backRef.current?.focus(), [id]);
  return (
    <div className="history-details">
      <button ref={backRef} type="button" onClick={onBack} title="Back to the list (Esc)">
        Back to list
      </button>
      {run.isPending && <p role="status">Loading the run…</p>}
      {run.isError && (
        <p className="history-error" role="alert">
          Cannot load this run: {run.error.message}
        </p>
      )}
      {run.data && <RunBody run={run.data} />}
    </div>
  );
}

function Block({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="history-block" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function RunBody({ run }: { run: HistoryRun }) {
  return (
    <article aria-label={`Details of ${runName(run)}`}>
      <h3 className="history-details-title">{runName(run)}</h3>
      <p className="history-details-status">
        {STATUS_TEXT[run.status]}
        {run.prompt ? ` · ${run.prompt.path} (version ${run.prompt.version.slice(0, 8)})` : ''}
      </p>
      <Metrics run={run} />
      {run.error && (
        <Block title="Error">
          <p role="alert">
            {run.error.code}: {run.error.message}
          </p>
        </Block>
      )}
      <Block title="Answer">
        <pre className="history-pre">{run.answer || '(no answer text)'}</pre>
      </Block>
      {run.thinking && (
        <Block title="Thinking">
          <pre className="history-pre">{run.thinking}</pre>
        </Block>
      )}
      {run.toolCalls && run.toolCalls.length > 0 && (
        <Block title="Tool calls">
          {run.toolCalls.map((call) => (
            <div key={call.id} className="history-tool-call">
              <strong>{call.name}</strong> <code>{call.id}</code>
              <pre className="history-pre">{prettyJson(call.arguments)}</pre>
            </div>
          ))}
        </Block>
      )}
      <Block title="Request">
        <pre className="history-pre">{JSON.stringify(run.request, null, 2)}</pre>
      </Block>
      {run.upstream && (
        <Block title="Translated request">
          <pre className="history-pre">{formatUpstreamRequest(run.upstream)}</pre>
        </Block>
      )}
    </article>
  );
}

function Metrics({ run }: { run: HistoryRun }) {
  const { metrics } = run;
  const rows: [string, string | undefined][] = [
    ['Time to first token', metrics.ttftMs === undefined ? undefined : formatDuration(metrics.ttftMs)],
    ['Duration', metrics.durationMs === undefined ? undefined : formatDuration(metrics.durationMs)],
    ['Input tokens', metrics.inputTokens === undefined ? undefined : formatCount(metrics.inputTokens)],
    ['Output tokens', metrics.outputTokens === undefined ? undefined : formatCount(metrics.outputTokens)],
    ['Thinking tokens', metrics.thinkingTokens === undefined ? undefined : formatCount(metrics.thinkingTokens)],
    ['Cache read', metrics.cacheReadTokens === undefined ? undefined : formatCount(metrics.cacheReadTokens)],
    ['Cache write', metrics.cacheWriteTokens === undefined ? undefined : formatCount(metrics.cacheWriteTokens)],
    ['Cost', metrics.costUsd === undefined ? undefined : formatUsd(metrics.costUsd)],
  ];
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined);
  if (shown.length === 0) return null;
  return (
    <Block title="Metrics">
      <dl className="history-metrics-list">
        {shown.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Block>
  );
}
