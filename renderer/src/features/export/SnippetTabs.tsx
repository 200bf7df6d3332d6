import { useId, useRef, type KeyboardEvent } from 'react';
import type { Snippet, SnippetFlavour } from '../../../../shared/export';
import { CopyButton } from '../inspector/CopyButton';
import { saveTextFile } from './save-file';

/** One tab per flavour (arrow keys move between them), and the selected snippet with Copy and Save. The choice outlives option changes. */
export function SnippetTabs({ snippets, warnings, selected, onSelect }: { snippets: Snippet[]; warnings: string[]; selected: SnippetFlavour; onSelect: (flavour: SnippetFlavour) => void }) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();
  const current = snippets.find((snippet) => snippet.flavour === selected) ?? snippets[0];
  if (!current) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = snippets.indexOf(current);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? snippets.length - 1 : step !== 0 ? (index + step + snippets.length) % snippets.length : -1;
    const next = snippets[target];
    if (!next) return;
    event.preventDefault();
    onSelect(next.flavour);
    tabs.current[target]?.focus();
  };

  return (
    <div className="get-code-snippets">
      <div role="tablist" aria-label="Flavour" className="get-code-tabs" onKeyDown={onKeyDown}>
        {snippets.map((snippet, index) => (
          <button
            key={snippet.flavour}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-${snippet.flavour}`}
            aria-selected={snippet === current}
            aria-controls={`${id}-panel`}
            tabIndex={snippet === current ? 0 : -1}
            onClick={() => onSelect(snippet.flavour)}
          >
            {snippet.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${current.flavour}`} className="get-code-panel">
        <p className="get-code-env">
          Set <code>{current.envVar}</code> in your environment before running it; the key is never written into the code.
        </p>
        {[...current.notes, ...warnings].map((note) => (
          <p key={note} className="get-code-note">
            {note}
          </p>
        ))}
        <div className="get-code-actions">
          <CopyButton label="Copy" text={() => current.code} />
          <button type="button" onClick={() => saveTextFile(current.fileName, current.code)}>
            Save…
          </button>
        </div>
        <pre className="get-code-code" aria-label="Code" tabIndex={0}>
          <code>{current.code}</code>
        </pre>
      </div>
    </div>
  );
}
