import { useCallback, useRef, useState } from 'react';
import type { PaneParams } from '../params/types';
import type { PanePrompt } from '../pane/conversation';
import { GetCodeDialog } from './GetCodeDialog';

export interface PaneSource {
  prompt: PanePrompt;
  params: PaneParams;
}

/** "Get code" for one pane: `source` is read when the dialog opens, so the code is the pane as it is then. */
export function GetCodeButton({ paneId, source, disabledReason }: { paneId: string; source: () => PaneSource; disabledReason?: string | undefined }) {
  const [opened, setOpened] = useState<PaneSource | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useCallback(() => button.current, []);
  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => setOpened(source())}
        aria-haspopup="dialog"
        data-pane={paneId}
        disabled={disabledReason !== undefined}
        title={disabledReason}
      >
        Get code
      </button>
      {opened && <GetCodeDialog source={opened} onClose={() => setOpened(null)} returnFocusTo={returnFocus} />}
    </>
  );
}
