import { useRef, type SyntheticEvent } from 'react';
import { AnthropicKeySection } from './AnthropicKeySection';
import { GatewaySection } from './GatewaySection';
import { KeychainNotice } from './KeychainNotice';
import { LibraryFolderSection } from './LibraryFolderSection';
import { ProvidersSection } from './ProvidersSection';
import { useSettingsStore } from './store';
import { escapeCloses, useModalFocus } from './use-modal-focus';

/**
 * The Settings dialog: keys, OpenAI-compatible providers, the local gateway, the library folder.
 * Mounted only while open, so what it reveals (the gateway token) and half-typed
 * keys are gone once it closes. `returnFocusTo` is where focus goes on close when
 * the element that had it before is gone.
 */
export function SettingsDialog({ returnFocusTo }: { returnFocusTo: () => HTMLElement | null }) {
  const open = useSettingsStore((state) => state.open);
  return open ? <OpenSettingsDialog returnFocusTo={returnFocusTo} /> : null;
}

function OpenSettingsDialog({ returnFocusTo }: { returnFocusTo: () => HTMLElement | null }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const close = useSettingsStore((state) => state.closeSettings);
  useModalFocus(dialogRef, returnFocusTo);

  const { onKeyDown, onCancel } = escapeCloses(close);
  // A close the browser did by itself (never ours: we unmount); ignore stale events from a closed-then-reopened dialog.
  const onClose = (event: SyntheticEvent<HTMLDialogElement>): void => {
    if (!event.currentTarget.open) close();
  };

  return (
    <dialog ref={dialogRef} className="settings-dialog" aria-labelledby="settings-title" onKeyDown={onKeyDown} onCancel={onCancel} onClose={onClose}>
      <header className="settings-header">
        <h2 id="settings-title">Settings</h2>
        <button type="button" aria-label="Close settings" onClick={close} title="Close (Esc)">
          Close
        </button>
      </header>
      <div className="settings-body">
        <KeychainNotice />
        <AnthropicKeySection />
        <ProvidersSection />
        <GatewaySection />
        <LibraryFolderSection />
      </div>
    </dialog>
  );
}
