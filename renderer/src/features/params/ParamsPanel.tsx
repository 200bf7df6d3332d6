import { memo, useId, useState } from 'react';
import { findModel } from '../../../../shared/models/catalog';
import { usePaneModel } from '../compare/panes-store';
import { NumberField } from './fields';
import { HIDDEN_UNTIL_VOTE, useModelHidden } from '../compare/model-hidden';
import { ModelCapabilities } from './ModelCapabilities';
import { SchemaSection } from './SchemaSection';
import { StopSequences } from './StopSequences';
import { usePaneParams, useParamsStore } from './store';
import { ThinkingControls } from './ThinkingControls';
import { ToolsSection } from './ToolsSection';
import type { PaneParams } from './types';

/**
 * Request parameters of one pane, in a collapsible section (closed by default, so the prompt
 * keeps the room). Memoised: it reads its own stores, so typing a prompt does not re-render it.
 */
export const ParamsPanel = memo(function ParamsPanel({ paneId }: { paneId: string }) {
  const headingId = useId();
  // The body (two Monaco editors and the JSON worker among it) is built only once opened; the values live in the store.
  const [opened, setOpened] = useState(false);

  return (
    <section className="params-panel" aria-labelledby={headingId}>
      <details
        onToggle={(event) => {
          if (event.currentTarget.open) setOpened(true);
        }}
      >
        <summary id={headingId}>Parameters</summary>
        {opened && <ParamsBody paneId={paneId} />}
      </details>
    </section>
  );
});

function ParamsBody({ paneId }: { paneId: string }) {
  const params = usePaneParams(paneId);
  const modelId = usePaneModel(paneId);
  const updateStore = useParamsStore((state) => state.update);
  const update = (patch: Partial<PaneParams>) => updateStore(paneId, patch);
  const model = findModel(modelId);
  const modelHidden = useModelHidden();
  const modelName = modelHidden ? 'this model' : (model?.displayName ?? modelId);
  const samplingNote = model?.samplingParams === false ? `Not sent: ${modelName}'s API rejects it; the gateway drops it.` : undefined;
  return (
    <>
      {modelHidden ? <p className="params-note">The model's capabilities name it. {HIDDEN_UNTIL_VOTE}</p> : <ModelCapabilities model={model} modelId={modelId} />}
      <div className="param-row">
        <NumberField label="Max tokens" value={params.maxTokens} min={1} max={model?.maxOutputTokens} placeholder="4096" onChange={(maxTokens) => update({ maxTokens })} />
        <NumberField label="Temperature" value={params.temperature} min={0} max={2} step={0.1} note={samplingNote} onChange={(temperature) => update({ temperature })} />
        <NumberField label="Top P" value={params.topP} min={0} max={1} step={0.05} note={samplingNote} onChange={(topP) => update({ topP })} />
        <NumberField label="Top K" value={params.topK} min={1} step={1} note={samplingNote} onChange={(topK) => update({ topK })} />
      </div>
      <StopSequences value={params.stop} onChange={(stop) => update({ stop })} />
      <ThinkingControls params={params} model={model} update={update} />
      <ToolsSection paneId={paneId} params={params} update={update} />
      <SchemaSection paneId={paneId} params={params} model={model} update={update} />
    </>
  );
}
