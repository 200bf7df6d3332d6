import type { RunState } from '../runs/run-state';
import { cacheFigures, formatCount, formatUsd, runCost } from './run-metrics';

/** Prompt-cache figures of the run: tokens written and read, the share of the prompt read from cache, and the saving. */
export function CacheUsage({ run }: { run: RunState }) {
  const figures = cacheFigures(run.usage);
  if (!figures) return null;
  const cost = runCost(run.model, run.usage);
  return (
    <section className="cache-usage" aria-label="Cache usage">
      <span>Cache written: {formatCount(figures.written)} tokens</span>
      <span>Cache read: {formatCount(figures.read)} tokens</span>
      <span>{Math.round(figures.readShare * 100)}% of the prompt from cache</span>
      {cost ? (
        <span title="Against the same prompt and answer with no caching, at list prices; cache writes priced at the 5-minute rate">
          {cost.saved >= 0 ? `Saved ${formatUsd(cost.saved)}` : `Cost ${formatUsd(-cost.saved)} more`} vs uncached
        </span>
      ) : (
        <span>Saving: price unknown</span>
      )}
    </section>
  );
}
