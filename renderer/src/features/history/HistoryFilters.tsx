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
      <ChoiceFilter label="Model" all="All models" value={filters.model} choices={models} onChange={(model) => set({ model })} />
      <ChoiceFilter label="Prompt" all="All prompts" value={filters.prompt} choices={prompts} onChange={(prompt) => set({ prompt })} />
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

/** A select of the values history holds, "all" first; a chosen value stays listed even once no run has it. */
function ChoiceFilter({ label, all, value, choices, onChange }: { label: string; all: string; value: string; choices: readonly string[]; onChange(value: string): void }) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {withChosen(choices, value).map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
}
