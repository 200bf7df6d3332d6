import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { escapeCloses, useModalFocus } from '../settings/use-modal-focus';
import { AnswerDiff } from './AnswerDiff';
import { JsonOutputDiff } from './JsonOutputDiff';
import { markDiffOpen } from './open-dialogs';
import { ToolInputsDiff } from './ToolInputsDiff';
import type { DiffCandidate } from './types';
import './diff.css';

export interface DiffDialogProps {
  open: boolean;
  onClose(): void;
  candidates: readonly DiffCandidate[];
}

type DiffMode = 'answers' | 'tools' | 'json';

const MODES: readonly { mode: DiffMode; label: string }[] = [
  { mode: 'answers', label: 'Answers' },
  { mode: 'tools', label: 'Tool inputs' },
  { mode: 'json', label: 'JSON output' },
];

/** Compares two answers: as text in Monaco's diff editor, or their tool inputs or JSON output key by key. */
export function DiffDialog({ open, onClose, candidates }: DiffDialogProps) {
  return open ? <OpenDiffDialog onClose={onClose} candidates={candidates} /> : null;
}

/** The chosen candidate, or the one at `fallbackIndex` when it is gone. */
function pick(candidates: readonly DiffCandidate[], id: string | undefined, fallbackIndex: number): DiffCandidate | undefined {
  return candidates.find((candidate) => candidate.id === id) ?? candidates[Math.min(fallbackIndex, candidates.length - 1)];
}

function OpenDiffDialog({ onClose, candidates }: Omit<DiffDialogProps, 'open'>) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [leftId, setLeftId] = useState(candidates[0]?.id);
  const [rightId, setRightId] = useState(candidates[1]?.id ?? candidates[0]?.id);
  const [mode, setMode] = useState<DiffMode>('answers');
  const [byLine, setByLine] = useState(false);
  useModalFocus(dialogRef, useCallback(() => null, []));
  useEffect(() => markDiffOpen(), []);
  const left = pick(candidates, leftId, 0);
  const right = pick(candidates, rightId, 1);

  const { onKeyDown, onCancel } = escapeCloses(onClose);

  return (
    <dialog ref={dialogRef} className="diff-dialog" aria-labelledby={titleId} onKeyDown={onKeyDown} onCancel={onCancel}>
      <header className="diff-header">
        <h2 id={titleId}>Diff</h2>
        <button type="button" aria-label="Close diff" title="Close (Esc)" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="diff-controls">
        <CandidateSelect label="Left" candidates={candidates} value={left?.id} onChange={setLeftId} autoFocus />
        <CandidateSelect label="Right" candidates={candidates} value={right?.id} onChange={setRightId} />
        <ModeSwitch mode={mode} onChange={setMode} />
        {mode === 'answers' && (
          <label className="diff-by-line">
            <input type="checkbox" checked={byLine} onChange={(event) => setByLine(event.target.checked)} />
            Diff by line
          </label>
        )}
      </div>
      <div className="diff-body">
        {!left || !right ? (
          <p role="status">There is no answer to compare yet.</p>
        ) : (
          <DiffBody mode={mode} left={left} right={right} byLine={byLine} />
        )}
      </div>
    </dialog>
  );
}

function DiffBody({ mode, left, right, byLine }: { mode: DiffMode; left: DiffCandidate; right: DiffCandidate; byLine: boolean }) {
  if (mode === 'tools') return <ToolInputsDiff left={left} right={right} />;
  if (mode === 'json') return <JsonOutputDiff left={left} right={right} />;
  return (
    <>
      <p className="diff-help">
        {byLine ? 'Lines are compared as written (for code).' : 'Each sentence is put on its own line, so the words that changed stand out.'} In the editor, F7 and
        Shift+F7 step through the changes.
      </p>
      <AnswerDiff left={left} right={right} byLine={byLine} />
    </>
  );
}

function ModeSwitch({ mode, onChange }: { mode: DiffMode; onChange(mode: DiffMode): void }) {
  const name = useId();
  return (
    <fieldset className="diff-modes">
      <legend>Compare</legend>
      {MODES.map((option) => (
        <label key={option.mode}>
          <input type="radio" name={name} checked={mode === option.mode} onChange={() => onChange(option.mode)} />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

interface CandidateSelectProps {
  label: string;
  candidates: readonly DiffCandidate[];
  value: string | undefined;
  onChange(id: string): void;
  autoFocus?: boolean;
}

function CandidateSelect({ label, candidates, value, onChange, autoFocus }: CandidateSelectProps) {
  return (
    <label className="diff-select">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value)} data-autofocus={autoFocus ? true : undefined}>
        {candidates.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.label}
          </option>
        ))}
      </select>
    </label>
  );
}
