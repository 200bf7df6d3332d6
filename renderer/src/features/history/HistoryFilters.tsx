import type { HistoryFilters as Filters } from './history-query';

interface HistoryFiltersProps {
  filters: Filters;
  onChange(filters: Filters): void;
  models: readonly string[];
  prompts: readonly string[];
  error: string | null;
}

/** Options that always include the current choice, even once no listed run has it. */
const withChosen = (options: readonly string[], chosen: string): string[] => (chosen && !options.includes(chosen) ? [chosen, ...options] : [...options]);

/** The search box and the filters: model, prompt file, and a date range. */
export function HistoryFilters({ filters, onChange, models, prompts, error }: HistoryFiltersProps) {
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <div className="history-filters">
      <input type="search" aria-label="Search history" placeholder="Search prompts and answers" value={filters.text} onChange={(event) => set({ text: event.target.value })} data-history-search />
      <label>
        <span>Model</span>
        <select value={filters.model} onChange={(event) => set({ model: event.target.value })}>
          <option value="">All models</option>
          {withChosen(models, filters.model).map((model) => (
            <option key={model} value={model}>
              {model}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Prompt</span>
        <select value={filters.prompt} onChange={(event) => set({ prompt: event.target.value })}>
          <option value="">All prompts</option>
          {withChosen(prompts, filters.prompt).map((prompt) => (
            <option key={prompt} value={prompt}>
              {prompt}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>From</span>
        <input type="date" value={filters.from} onChange={(event) => set({ from: event.target.value })} aria-invalid={error?.startsWith('From') ? true : undefined} />
      </label>
      <label>
        <span>To</span>
        <input type="date" value={filters.to} onChange={(event) => set({ to: event.target.value })} aria-invalid={error?.startsWith('To') ? true : undefined} />
      </label>
      {error && (
        <p className="history-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
