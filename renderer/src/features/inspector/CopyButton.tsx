import { useState } from 'react';

/** Copies `text()` (built only on click: a long run's events are large) and says whether it worked. */
export function CopyButton({ label, text }: { label: string; text: () => string }) {
  const [status, setStatus] = useState('');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text());
      setStatus('Copied');
    } catch {
      setStatus('Could not copy: select the text and press Ctrl+C (Cmd+C on a Mac).');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </span>
  );
}
