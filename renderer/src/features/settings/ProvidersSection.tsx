import { useEffect, useRef } from 'react';
import type { ProviderConfig } from '../../../../shared/contract';
import { describeKeyStatus, describeTestResult } from './describe-key';
import { ErrorNote, LiveStatus } from './Feedback';
import { ProviderForm } from './ProviderForm';
import { useProviders, useRemoveProvider, useTestKey } from './queries';

/** OpenAI-compatible upstreams: the list, and the form to add one. */
export function ProvidersSection() {
  const providers = useProviders();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const list = providers.data ?? [];

  // A removed row takes its focused Remove button with it: focus goes to the section heading, not the page.
  useEffect(() => {
    if (document.activeElement === document.body) headingRef.current?.focus();
  }, [providers.data]);

  return (
    <section className="settings-section" aria-labelledby="providers-title">
      <h3 id="providers-title" ref={headingRef} tabIndex={-1}>
        OpenAI-compatible providers
      </h3>
      <p className="settings-hint">
        Models from OpenAI, Ollama, OpenRouter or any server that speaks OpenAI&apos;s Chat Completions API. A provider&apos;s models are addressed as{' '}
        <code>&lt;id&gt;/&lt;model&gt;</code>, e.g. <code>ollama/llama3.2</code>.
      </p>
      {providers.isPending && <p className="empty-state">Loading providers…</p>}
      {providers.isError && (
        <ErrorNote>
          Could not list the providers: {providers.error.message}{' '}
          <button type="button" onClick={() => void providers.refetch()}>
            Retry
          </button>
        </ErrorNote>
      )}
      {providers.isSuccess && list.length === 0 && <p className="empty-state">No providers yet. Pick a preset below or enter your own.</p>}
      {list.length > 0 && (
        <ul className="provider-list" aria-label="Providers">
          {list.map((provider) => (
            <ProviderRow key={provider.id} provider={provider} />
          ))}
        </ul>
      )}
      <ProviderForm existingIds={list.map((provider) => provider.id)} />
    </section>
  );
}

function ProviderRow({ provider }: { provider: ProviderConfig }) {
  const remove = useRemoveProvider();
  const test = useTestKey();
  const summary = test.data && describeTestResult(test.data, provider.name);
  return (
    <li className="provider-row" aria-label={provider.name}>
      <div className="provider-info">
        <span>
          <strong>{provider.name}</strong> <code>{provider.id}/…</code>
        </span>
        <span className="settings-hint">{provider.baseURL}</span>
        <span className="settings-hint">Key: {provider.key.configured ? describeKeyStatus(provider.key) : 'none (fine for servers such as Ollama)'}</span>
      </div>
      <div className="settings-row">
        <button type="button" aria-label={test.isPending ? `Testing ${provider.name}…` : `Test ${provider.name}`} disabled={test.isPending} onClick={() => test.mutate(provider.id)}>
          {test.isPending ? 'Testing…' : 'Test'}
        </button>
        <button
          type="button"
          aria-label={remove.isPending ? `Removing ${provider.name}…` : `Remove ${provider.name}`}
          disabled={remove.isPending}
          onClick={() => remove.mutate(provider.id)}
        >
          {remove.isPending ? 'Removing…' : 'Remove'}
        </button>
      </div>
      <ErrorNote error={remove.error ?? test.error} />
      <LiveStatus tone={summary?.tone} label={`${provider.name} test result`}>
        {summary && (
          <>
            <strong>{summary.headline}</strong>
            {summary.detail && <span className="settings-hint"> {summary.detail}</span>}
          </>
        )}
      </LiveStatus>
    </li>
  );
}
