import { EFFORT_LEVELS, type Effort, type ModelInfo } from '../../../../shared/models/catalog';
import { NumberField } from './fields';
import type { PaneParams, ThinkingChoice } from './types';

interface ThinkingControlsProps {
  params: PaneParams;
  model: ModelInfo | undefined;
  update(patch: Partial<PaneParams>): void;
}

/** The thinking choices this model takes (all of them when the model is unknown). */
export function thinkingChoices(model: ModelInfo | undefined): { value: ThinkingChoice; label: string }[] {
  const budget = { value: 'budget', label: 'Budget (tokens)' } as const;
  const adaptive = { value: 'adaptive', label: 'Adaptive with effort' } as const;
  if (!model) return [{ value: 'off', label: 'Off' }, budget, adaptive];
  const offLabel = model.thinking === 'adaptive-always' ? 'Model default (always thinks)' : model.thinkingByDefault ? 'Off (turns off the default thinking)' : 'Off';
  const choices: { value: ThinkingChoice; label: string }[] = [{ value: 'off', label: offLabel }];
  if (model.thinking === 'none') return choices;
  if (model.thinkingBudget) choices.push(budget);
  if (model.thinking !== 'budget') choices.push(adaptive);
  return choices;
}

export function ThinkingControls({ params, model, update }: ThinkingControlsProps) {
  const choices = thinkingChoices(model);
  const efforts: readonly Effort[] = model && model.efforts.length > 0 ? model.efforts : EFFORT_LEVELS;
  const offered = choices.some((choice) => choice.value === params.thinking);
  return (
    <fieldset className="thinking-controls">
      <legend>Extended thinking</legend>
      {model?.thinking === 'adaptive-always' && <p className="params-note">{model.displayName} always thinks; choose its effort.</p>}
      <label className="param-field">
        <span>Thinking</span>
        <select value={params.thinking} onChange={(event) => update({ thinking: event.target.value as ThinkingChoice })}>
          {!offered && <option value={params.thinking}>{params.thinking} (not supported by this model)</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      {params.thinking === 'budget' && (
        <NumberField label="Thinking budget" value={params.budgetTokens} min={1024} step={256} onChange={(value) => update({ budgetTokens: value ?? 1024 })} note="At least 1,024 and below max tokens." />
      )}
      {params.thinking === 'adaptive' && (
        <label className="param-field">
          <span>Effort</span>
          <select value={params.effort} onChange={(event) => update({ effort: event.target.value as Effort })}>
            {efforts.map((effort) => (
              <option key={effort} value={effort}>
                {effort}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
