import { memo } from 'react';
import { useModelEntries } from '../models/queries';

/** The model a pane runs: catalog models first, then those only a provider lists. */
export const ModelPicker = memo(function ModelPicker({ model, onChange }: { model: string; onChange(model: string): void }) {
  const { entries, errors, retry } = useModelEntries();
  const known = entries.some((entry) => entry.id === model);
  return (
    <>
      <label className="model-picker">
        <span>Model</span>
        <select value={model} onChange={(event) => onChange(event.target.value)} aria-label="Model">
          {!known && <option value={model}>{model}</option>}
          <optgroup label="Current models">
            {entries.filter((entry) => entry.known && entry.info.status === 'current').map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.displayName}
              </option>
            ))}
          </optgroup>
          <optgroup label="Older models">
            {entries.filter((entry) => entry.known && entry.info.status !== 'current').map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.displayName}
              </option>
            ))}
          </optgroup>
          {entries.some((entry) => !entry.known) && (
            <optgroup label="Listed by providers (capabilities unknown)">
              {entries.filter((entry) => !entry.known).map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.displayName} (capabilities unknown)
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      {errors.length > 0 && (
        // Only the catalog (and the providers that did answer) is offered: say why, and offer to ask again.
        <button type="button" className="model-list-failed" onClick={retry} title={errors.map((error) => `${error.provider}: ${error.message}`).join('\n')}>
          <span aria-hidden="true">⚠ </span>Retry model list
        </button>
      )}
    </>
  );
});
