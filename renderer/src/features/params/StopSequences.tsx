import { useState } from 'react';

interface StopSequencesProps {
  value: readonly string[];
  onChange(value: string[]): void;
}

/** Stop sequences: add with Enter or the button, remove each by its own button. */
export function StopSequences({ value, onChange }: StopSequencesProps) {
  const [draft, setDraft] = useState('');
  const add = () => {
    if (draft === '' || value.includes(draft)) return;
    onChange([...value, draft]);
    setDraft('');
  };
  return (
    <fieldset className="stop-sequences">
      <legend>Stop sequences</legend>
      {value.length > 0 && (
        <ul aria-label="Stop sequences">
          {value.map((sequence) => (
            <li key={sequence}>
              <code>{JSON.stringify(sequence)}</code>
              <button type="button" aria-label={`Remove stop sequence ${sequence}`} onClick={() => onChange(value.filter((item) => item !== sequence))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        type="text"
        aria-label="New stop sequence"
        value={draft}
        placeholder="e.g. END"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          add();
        }}
      />
      <button type="button" onClick={add} disabled={draft === '' || value.includes(draft)}>
        Add stop sequence
      </button>
    </fieldset>
  );
}
