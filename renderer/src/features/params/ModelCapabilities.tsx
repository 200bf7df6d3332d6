import type { ModelInfo } from '../../../../shared/models/catalog';

const THINKING_KIND: Record<ModelInfo['thinking'], string> = {
  'adaptive-always': 'adaptive, always on',
  adaptive: 'adaptive',
  budget: 'budget',
  none: 'none',
};

function tokens(count: number): string {
  return count >= 1000 ? `${(count / 1000).toLocaleString('en-US')}K` : String(count);
}

function thinkingText(model: ModelInfo): string {
  const parts = [THINKING_KIND[model.thinking]];
  if (model.thinking !== 'budget' && model.thinkingBudget) parts.push('budget accepted');
  if (model.efforts.length > 0) parts.push(`effort ${model.efforts.join('/')}`);
  return parts.join(', ');
}

/** What the selected model can do, from the catalog. */
export function ModelCapabilities({ model, modelId }: { model: ModelInfo | undefined; modelId: string }) {
  if (!model) return <p className="params-note">{modelId}: not in Duet's catalog, so its capabilities are unknown and not checked.</p>;
  const rows: [string, string][] = [
    ['Context window', `${tokens(model.contextWindow)} tokens`],
    ['Max output', `${tokens(model.maxOutputTokens)} tokens`],
    ['Thinking', thinkingText(model)],
    ['Vision', model.vision ? 'yes' : 'no'],
    ['PDF', model.pdf ? 'yes' : 'no'],
    ['Citations', model.citations ? 'yes' : 'no'],
    ['Structured outputs', model.structuredOutputs ? 'yes' : 'no'],
    ['Sampling parameters', model.samplingParams === false ? 'not accepted (dropped by the gateway)' : 'accepted'],
  ];
  if (model.minCacheableTokens) rows.push(['Minimum cached prefix', `${model.minCacheableTokens.toLocaleString('en-US')} tokens`]);
  if (model.prices) rows.push(['Price per million tokens', `$${model.prices.input} in · $${model.prices.output} out`]);
  return (
    <dl className="model-capabilities" aria-label={`Capabilities of ${model.displayName}`}>
      {rows.map(([term, detail]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{detail}</dd>
        </div>
      ))}
    </dl>
  );
}
