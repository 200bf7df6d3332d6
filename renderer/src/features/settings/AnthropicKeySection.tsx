import { useRef, useState, type FormEvent } from 'react';
import { describeKeyStatus, describeTestResult, isStoredKey } from './describe-key';
import { ErrorNote, LiveStatus } from './Feedback';
import { useKeysStatus, useRemoveKey, useSetKey, useTestKey } from './queries';

const PROVIDER = 'anthropic';

/** The Anthropic key: where it comes from (never the key itself), save/replace, remove, test. */
export function AnthropicKeySection() {
  const overview = useKeysStatus();
  const status = overview.data?.keys.find((key) => key.provider === PROVIDER);
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const setKey = useSetKey();
  const removeKey = useRemoveKey();
  const testKey = useTestKey();
  const stored = isStoredKey(status);
  const busy = setKey.isPending || removeKey.isPending;
  const summary = testKey.data && describeTestResult(testKey.data, 'Anthropic');

  const save = (event: FormEvent): void => {
    event.preventDefault();
    if (draft.trim() === '' || busy) return;
    testKey.reset();
    removeKey.reset();
    // The typed key stays in the field until the host has it: a failed save loses nothing.
    setKey.mutate({ provider: PROVIDER, key: draft }, { onSuccess: () => setDraft('') });
  };
  const remove = (): void => {
    testKey.reset();
    setKey.reset();
    // The Remove button goes away with the stored key, so focus moves to the field.
    removeKey.mutate(PROVIDER, { onSuccess: () => inputRef.current?.focus() });
  };

  return (
    <section className="settings-section" aria-labelledby="anthropic-key-title">
      <h3 id="anthropic-key-title">Anthropic API key</h3>
      <p id="anthropic-key-status" className="key-line">
        {overview.isPending ? 'Checking…' : overview.isError ? 'Unknown' : describeKeyStatus(status)}
      </p>
      {status?.source === 'env' && <p className="settings-hint">A key saved here takes precedence over the environment variable.</p>}
      {overview.isError && (
        <ErrorNote>
          Could not read the key status: {overview.error.message}{' '}
          <button type="button" onClick={() => void overview.refetch()}>
            Retry
          </button>
        </ErrorNote>
      )}
      <form className="key-form" onSubmit={save}>
        <label htmlFor="anthropic-key-input">Anthropic API key</label>
        <div className="settings-row">
          <input
            ref={inputRef}
            id="anthropic-key-input"
            type="password"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder={stored ? 'Paste a new key to replace the stored one' : 'sk-ant-…'}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="anthropic-key-status"
            data-autofocus
          />
          <button type="submit" className="primary" disabled={busy || draft.trim() === ''}>
            {setKey.isPending ? 'Saving…' : stored ? 'Replace key' : 'Save key'}
          </button>
          {stored && (
            <button type="button" onClick={remove} disabled={busy}>
              {removeKey.isPending ? 'Removing…' : 'Remove key'}
            </button>
          )}
          <button type="button" onClick={() => testKey.mutate(PROVIDER)} disabled={testKey.isPending || busy}>
            {testKey.isPending ? 'Testing…' : 'Test'}
          </button>
        </div>
      </form>
      <ErrorNote error={setKey.error ?? removeKey.error ?? testKey.error} />
      <LiveStatus tone={summary?.tone} label="Key test result">
        {summary && (
          <>
            <strong>{summary.headline}</strong>
            {summary.detail && <span className="settings-hint"> {summary.detail}</span>}
          </>
        )}
      </LiveStatus>
    </section>
  );
}
