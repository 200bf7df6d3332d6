import { useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import type { RunState } from '../runs/run-state';
import { describeError } from '../runs/describe-error';
import { CacheUsage } from '../results/CacheUsage';
import { CitationSide } from '../citations/CitationSide';
import type { CitationMarker } from '../results/citation-markers';
import { MarkdownAnswer } from '../results/MarkdownAnswer';
import { estimateTokens, formatCount, formatUsd, runCost } from '../results/run-metrics';
import { ThinkingView } from '../results/ThinkingView';
import { ToolCalls } from '../results/ToolCalls';
import { HIDDEN_UNTIL_VOTE, useModelHidden } from '../compare/model-hidden';
import { Inspector } from '../inspector/Inspector';
import { ResultTabs } from '../inspector/ResultTabs';

/** A pane's result: the answer, and an Inspector tab with what the run sent and received. */
export function Answer({ run, children }: { run: RunState; children?: ReactNode }) {
  const modelHidden = useModelHidden();
  const inspector = () =>
    modelHidden ? (
      <p className="params-note" role="note">
        The Inspector shows the model. {HIDDEN_UNTIL_VOTE}
      </p>
    ) : (
      <Inspector run={run} />
    );
  return <ResultTabs answer={<AnswerView run={run}>{children}</AnswerView>} inspector={inspector} />;
}

/**
 * The streamed answer, rendered as markdown that never runs as HTML (see MarkdownAnswer), with
 * its thinking, citations, tool calls, cache figures and run details.
 *
 * Citation markers are placed inside the rendered markdown tree at each cited span's end (see
 * citation-markers.tsx) rather than by splitting the text into separately rendered pieces:
 * splitting would cut through lists, tables, emphasis and code fences and turn every piece into
 * its own paragraph. Clicks on markers are handled here by delegation; a marker or list item
 * opens its source passage beside the answer (see features/citations).
 */
export function AnswerView({ run, children }: { run: RunState; children?: ReactNode }) {
  const incomplete = run.status === 'stopped' || run.status === 'error';
  const [activeCitation, setActiveCitation] = useState<number | undefined>(undefined);
  // The opened source belongs to one run: a new run closes it.
  const [source, setSource] = useState<{ runId: string | undefined; number: number } | undefined>(undefined);
  const sourceNumber = source && source.runId === run.runId ? source.number : undefined;
  const bodyClass = run.citations.length === 0 ? 'answer-body' : sourceNumber === undefined ? 'answer-body with-citations' : 'answer-body with-citations with-source';
  const bodyRef = useRef<HTMLDivElement>(null);
  const markers = useMemo<CitationMarker[]>(() => run.citations.map((item, i) => ({ offset: item.end, number: i + 1 })), [run.citations]);

  const showCitation = (number: number) => {
    setActiveCitation(number);
    setSource({ runId: run.runId, number });
    bodyRef.current?.querySelector(`[data-citation-item="${number}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  };
  const onAnswerClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-citation]') : null;
    const number = Number(target?.getAttribute('data-citation'));
    if (Number.isInteger(number) && number > 0) showCitation(number);
  };

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
      {run.status === 'running' && run.answer.length === 0 && run.reasoning === '' && run.toolCalls.length === 0 && (
        <p className="waiting" role="status">
          {run.retry
            ? `${describeError(run.retry.reason)}. Retrying in ${Math.ceil(run.retry.delayMs / 1000)} s (attempt ${run.retry.attempt} of ${run.retry.maxAttempts})…`
            : 'Waiting for the first token…'}
        </p>
      )}
      <ThinkingView run={run} />
      {(run.answer.length > 0 || run.citations.length > 0) && (
        <div className={bodyClass} ref={bodyRef}>
          {/* Clicks come from the citation buttons inside (keyboard included); the div itself is not interactive. */}
          <div className="markdown-answer" data-testid="answer-text" onClick={onAnswerClick}>
            <MarkdownAnswer answer={run.answer} markers={markers} streaming={run.status === 'running'} />
          </div>
          {run.citations.length > 0 && (
            <CitationSide
              citations={run.citations}
              request={run.request}
              active={activeCitation}
              source={sourceNumber}
              onSelect={showCitation}
              onCloseSource={() => setSource(undefined)}
            />
          )}
        </div>
      )}
      <ToolCalls calls={run.toolCalls} streaming={run.status === 'running'} />
      {children}
      {incomplete && run.answer.length > 0 && <p className="incomplete-note">Incomplete answer ({run.status === 'stopped' ? 'stopped' : 'failed'}).</p>}
      {run.status !== 'idle' && run.status !== 'running' && <CacheUsage run={run} />}
      <RunFooter run={run} />
    </section>
  );
}

function stopReason(run: RunState): string {
  if (run.status !== 'done') return run.status;
  const parts = [run.finishReason ?? 'stop'];
  if (run.stopSequence !== undefined) parts.push(`stop sequence ${JSON.stringify(run.stopSequence)}`);
  if (run.pauseTurn) parts.push('paused turn');
  return `finished (${parts.join(', ')})`;
}

function RunFooter({ run }: { run: RunState }) {
  if (run.status === 'idle' || run.status === 'running') return null;
  const seconds = run.startedAt !== undefined && run.endedAt !== undefined ? (run.endedAt - run.startedAt) / 1000 : undefined;
  const ttft = run.startedAt !== undefined && run.firstTokenAt !== undefined ? run.firstTokenAt - run.startedAt : undefined;
  const streamSeconds = run.firstTokenAt !== undefined && run.endedAt !== undefined ? (run.endedAt - run.firstTokenAt) / 1000 : undefined;
  const usage = run.usage;
  const reasoningTokens = usage?.completion_tokens_details?.reasoning_tokens;
  const thinking =
    reasoningTokens !== undefined && reasoningTokens !== null
      ? `${formatCount(reasoningTokens)} thinking`
      : run.reasoning !== ''
        ? `≈${formatCount(estimateTokens(run.reasoning))} thinking (estimate)`
        : undefined;
  const cost = runCost(run.model, usage);
  return (
    <footer className="run-footer" aria-label="Run details">
      <span>Status: {stopReason(run)}</span>
      {usage && (
        <span>
          Tokens: {formatCount(usage.prompt_tokens)} in · {formatCount(usage.completion_tokens)} out
          {thinking && ` · ${thinking}`}
        </span>
      )}
      {ttft !== undefined && <span>First token: {Math.round(ttft)} ms</span>}
      {seconds !== undefined && <span>Duration: {seconds.toFixed(2)} s</span>}
      {/* Below a quarter second the rate only measures how the chunks were batched. */}
      {usage && streamSeconds !== undefined && streamSeconds >= 0.25 && <span>Speed: {(usage.completion_tokens / streamSeconds).toFixed(1)} tokens/s</span>}
      {usage && <span>Cost: {cost ? formatUsd(cost.total) : 'price unknown'}</span>}
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
