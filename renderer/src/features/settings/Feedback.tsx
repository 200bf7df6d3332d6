import type { ReactNode } from 'react';

/** An error from a Result envelope (or a refused input), announced at once. */
export function ErrorNote({ error, children }: { error?: Error | null; children?: ReactNode }) {
  if (!error && !children) return null;
  return (
    <p className="settings-error" role="alert">
      {children ?? error?.message}
    </p>
  );
}

/**
 * A polite live region that is always in the DOM, so screen readers announce
 * what is put into it later (a region inserted together with its text is often missed).
 */
export function LiveStatus({ tone, children, label }: { tone?: 'ok' | 'problem'; children?: ReactNode; label?: string }) {
  return (
    <div className={`settings-status${tone ? ` ${tone}` : ''}`} role="status" aria-label={label}>
      {children}
    </div>
  );
}
