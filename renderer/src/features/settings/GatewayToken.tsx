import { useEffect, useRef, useState } from 'react';
import { ErrorNote, LiveStatus } from './Feedback';
import { useGatewayToken } from './queries';

/**
 * The gateway token: shown only on request (and gone when Settings closes),
 * copied with one button, rotated only after a second, explicit confirmation.
 */
export function GatewayToken() {
  const token = useGatewayToken();
  const [shown, setShown] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);
  const rotateRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const rotating = token.isPending && token.variables;
  const value = shown ? token.data?.token : undefined;

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const toggle = (): void => {
    setNotice('');
    if (shown) {
      setShown(false);
      token.reset();
    } else token.mutate(false, { onSuccess: () => setShown(true) });
  };
  const endConfirm = (): void => {
    setConfirming(false);
    // The confirm buttons go away: focus returns to the button that asked.
    requestAnimationFrame(() => rotateRef.current?.focus());
  };
  const rotate = (): void => {
    token.mutate(true, {
      onSuccess: () => {
        setShown(true);
        setNotice('Token rotated. Clients that used the old token need this one.');
        endConfirm();
      },
    });
  };
  const copy = async (): Promise<void> => {
    if (!value) return;
    try {
      await navigator.clipboard.writeText(value);
      setNotice('Token copied.');
    } catch {
      fieldRef.current?.select();
      setNotice('Could not copy automatically: the token is selected, press Ctrl+C (Cmd+C on a Mac).');
    }
  };

  return (
    <div className="gateway-token">
      <div className="settings-row">
        <button type="button" onClick={toggle} disabled={token.isPending}>
          {token.isPending && !rotating ? 'Loading token…' : shown ? 'Hide token' : 'Show token'}
        </button>
        <button ref={rotateRef} type="button" onClick={() => setConfirming(true)} disabled={token.isPending || confirming}>
          {rotating ? 'Rotating…' : 'Rotate token'}
        </button>
      </div>
      {confirming && (
        <div className="confirm-step" role="group" aria-labelledby="rotate-warning">
          <p id="rotate-warning">Rotate the token? Every client using the current token stops working until it is given the new one.</p>
          <div className="settings-row">
            <button type="button" className="danger" onClick={rotate} disabled={token.isPending}>
              {rotating ? 'Rotating…' : 'Rotate now'}
            </button>
            <button ref={cancelRef} type="button" onClick={endConfirm} disabled={token.isPending}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {value && (
        <div className="settings-row">
          <label htmlFor="gateway-token-value">Gateway token</label>
          <input ref={fieldRef} id="gateway-token-value" className="token-field" readOnly value={value} spellCheck={false} onFocus={(event) => event.target.select()} />
          <button type="button" onClick={() => void copy()}>
            Copy token
          </button>
        </div>
      )}
      <ErrorNote error={token.error} />
      <LiveStatus label="Token status">{notice}</LiveStatus>
    </div>
  );
}
