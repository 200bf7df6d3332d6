import { useKeysStatus } from './queries';

/** Shown when the OS keychain cannot be used: saved keys then last only as long as Duet runs. */
export function KeychainNotice() {
  const keychain = useKeysStatus().data?.keychain;
  if (!keychain || keychain.available) return null;
  return (
    <div className="keychain-notice" role="note" aria-labelledby="keychain-notice-title">
      <strong id="keychain-notice-title">The OS keychain is not available, so keys are kept for this session only.</strong>
      {keychain.reason && <p>{keychain.reason}</p>}
      <p>
        A key you save here is held in memory and lost when Duet quits. To keep a key across restarts, fix the keychain or start Duet with{' '}
        <code>ANTHROPIC_API_KEY</code> (or the provider&apos;s own variable) set in its environment.
      </p>
    </div>
  );
}
