import { useId } from 'react';

interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  min?: number;
  max?: number;
  step?: number;
  placeholder?: string;
  /** Shown beside the control, e.g. that the gateway drops this parameter. */
  note?: string;
}

/** A labelled number input where empty means "not set". */
export function NumberField({ label, value, onChange, min, max, step, placeholder, note }: NumberFieldProps) {
  const inputId = useId();
  const noteId = useId();
  return (
    <div className="param-field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="number"
        value={value ?? ''}
        min={min}
        max={max}
        step={step}
        placeholder={placeholder ?? 'default'}
        aria-describedby={note ? noteId : undefined}
        onChange={(event) => {
          const text = event.target.value;
          const number = Number(text);
          onChange(text === '' || !Number.isFinite(number) ? null : number);
        }}
      />
      {note && (
        <small id={noteId} className="params-note">
          {note}
        </small>
      )}
    </div>
  );
}

interface IssueListProps {
  label: string;
  issues: readonly { message: string; line: number; column: number }[];
}

/** Inline errors of a JSON editor, each with its line and column. */
export function JsonIssues({ label, issues }: IssueListProps) {
  if (issues.length === 0) return null;
  return (
    <ul className="json-issues" role="alert" aria-label={label}>
      {issues.map((issue) => (
        <li key={`${issue.line}:${issue.column}:${issue.message}`}>
          Line {issue.line}, column {issue.column}: {issue.message}
        </li>
      ))}
    </ul>
  );
}
