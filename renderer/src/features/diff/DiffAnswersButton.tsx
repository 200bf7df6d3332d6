import { useId, useState } from 'react';
import { DiffDialog } from './DiffDialog';
import { useAnsweredPaneCount, useDiffCandidates } from './use-diff-candidates';

/** The header's "Diff answers" button and its dialog; disabled, with the reason beside it, until two panes have answers. */
export function DiffAnswersButton() {
  const [open, setOpen] = useState(false);
  const answered = useAnsweredPaneCount();
  const reasonId = useId();
  const ready = answered >= 2;
  return (
    <>
      <button type="button" disabled={!ready} aria-describedby={ready ? undefined : reasonId} onClick={() => setOpen(true)}>
        Diff answers
      </button>
      {!ready && (
        <span id={reasonId} className="diff-reason">
          {answered === 0 ? 'Diff needs answers in two panes' : 'Diff needs an answer in a second pane'}
        </span>
      )}
      {open && <OpenDiff onClose={() => setOpen(false)} />}
    </>
  );
}

/** Reads the candidates only while open, so streaming answers do not re-render the header. */
function OpenDiff({ onClose }: { onClose(): void }) {
  const candidates = useDiffCandidates();
  return <DiffDialog open onClose={onClose} candidates={candidates} />;
}
