import { useEffect, useMemo, useRef, useState } from 'react';
import type { SnippetFlavour } from '../../../../shared/export';
import { escapeCloses, useModalFocus } from '../settings/use-modal-focus';
import { exportRequest } from './export-request';
import { markGetCodeOpen } from './open-state';
import type { PaneSource } from './GetCodeButton';
import { useSnippets, type SnippetsRequest } from './queries';
import { SnippetTabs } from './SnippetTabs';
import './export.css';

interface Options {
  stream: boolean;
  attachments: 'path' | 'inline';
  keepTemplate: boolean;
}

/** The pane's request as code: flavour tabs, the options that change it, Copy and Save. */
export function GetCodeDialog({ source, onClose, returnFocusTo }: { source: PaneSource; onClose: () => void; returnFocusTo: () => HTMLElement | null }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useModalFocus(dialogRef, returnFocusTo);
  useEffect(markGetCodeOpen, []);
  const [options, setOptions] = useState<Options>({ stream: true, attachments: 'path', keepTemplate: false });
  const [flavour, setFlavour] = useState<SnippetFlavour>('anthropic-curl');
  const exported = useMemo(() => exportRequest(source.prompt, source.params, options.keepTemplate), [source, options.keepTemplate]);
  const request = useMemo<SnippetsRequest | null>(
    () => (exported.ok ? { request: exported.request, stream: options.stream, attachments: options.attachments, ...(exported.variables ? { variables: exported.variables } : {}) } : null),
    [exported, options.stream, options.attachments],
  );
  const snippets = useSnippets(request);

  const { onKeyDown, onCancel } = escapeCloses(onClose);

  return (
    <dialog ref={dialogRef} className="get-code-dialog" aria-labelledby="get-code-title" onKeyDown={onKeyDown} onCancel={onCancel}>
      <header className="get-code-header">
        <h2 id="get-code-title">Get code</h2>
        <button type="button" aria-label="Close Get code" onClick={onClose} title="Close (Esc)">
          Close
        </button>
      </header>
      <div className="get-code-body">
        <OptionsBar options={options} onChange={(patch) => setOptions((current) => ({ ...current, ...patch }))} />
        {!exported.ok && (
          <div className="get-code-blocked" role="alert" aria-label="No code">
            <strong>This pane cannot send its request yet, so there is no code.</strong>
            {exported.reasons.map((reason) => (
              <p key={reason}>{reason}</p>
            ))}
          </div>
        )}
        {exported.ok && exported.notice && <p className="get-code-note">{exported.notice}</p>}
        {exported.ok && snippets.isPending && !snippets.data && (
          <p role="status" className="get-code-note">
            Writing the code…
          </p>
        )}
        {exported.ok && snippets.isError && (
          <div className="get-code-blocked" role="alert" aria-label="No code">
            <strong>The code could not be written.</strong>
            <p>{snippets.error.message}</p>
          </div>
        )}
        {exported.ok && snippets.data && <SnippetTabs snippets={snippets.data.snippets} warnings={snippets.data.warnings} selected={flavour} onSelect={setFlavour} />}
      </div>
    </dialog>
  );
}

function OptionsBar({ options, onChange }: { options: Options; onChange: (patch: Partial<Options>) => void }) {
  return (
    <fieldset className="get-code-options">
      <legend>Options</legend>
      <label>
        <input type="checkbox" checked={options.stream} onChange={(event) => onChange({ stream: event.target.checked })} />
        Streaming
      </label>
      <span role="radiogroup" aria-label="Attachments" className="get-code-radios">
        <label>
          <input type="radio" name="get-code-attachments" checked={options.attachments === 'path'} onChange={() => onChange({ attachments: 'path' })} />
          Read from file paths
        </label>
        <label>
          <input type="radio" name="get-code-attachments" checked={options.attachments === 'inline'} onChange={() => onChange({ attachments: 'inline' })} />
          Inline attachments as base64
        </label>
      </span>
      <label>
        <input type="checkbox" checked={options.keepTemplate} onChange={(event) => onChange({ keepTemplate: event.target.checked })} />
        Keep template variables
      </label>
    </fieldset>
  );
}
