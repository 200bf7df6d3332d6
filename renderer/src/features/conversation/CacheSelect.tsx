import type { CacheTtl } from '../pane/conversation';

const OPTIONS: { value: '' | CacheTtl; label: string }[] = [
  { value: '', label: 'No cache breakpoint' },
  { value: '5m', label: 'Cache 5 min' },
  { value: '1h', label: 'Cache 1 h' },
];

/** Off, 5 minutes or 1 hour: where a cached prefix ends. */
export function CacheSelect({ label, value, onChange }: { label: string; value: CacheTtl | undefined; onChange(value: CacheTtl | undefined): void }) {
  return (
    <select className="cache-select" aria-label={label} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : (event.target.value as CacheTtl))}>
      {OPTIONS.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
