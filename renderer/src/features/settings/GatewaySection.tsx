import { useState, type FormEvent } from 'react';
import type { GatewayStatus } from '../../../../shared/contract';
import { ErrorNote, LiveStatus } from './Feedback';
import { GatewayToken } from './GatewayToken';
import { useConfigureGateway, useGatewayStatus } from './queries';

const DEFAULT_PORT = 8787;

/** A port the host accepts (1024–65535), or undefined. */
export function parsePort(text: string): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const port = Number(text);
  return port >= 1024 && port <= 65535 ? port : undefined;
}

/** The local OpenAI-compatible endpoint: on/off, its port, and its token. */
export function GatewaySection() {
  const status = useGatewayStatus();
  const configure = useConfigureGateway();
  // null: follow the host's port; a string: what is being typed.
  const [portText, setPortText] = useState<string | null>(null);
  const [portError, setPortError] = useState('');
  const current = status.data;
  const portValue = portText ?? String(current?.port ?? DEFAULT_PORT);
  const enabled = configure.isPending ? configure.variables.enabled : (current?.enabled ?? false);

  const apply = (nextEnabled: boolean): void => {
    const port = parsePort(portValue);
    if (port === undefined) return setPortError('Pick a port from 1024 to 65535.');
    setPortError('');
    configure.mutate({ enabled: nextEnabled, port }, { onSuccess: () => setPortText(null) });
  };
  const applyPort = (event: FormEvent): void => {
    event.preventDefault();
    apply(current?.enabled ?? false);
  };
  const portChanged = current !== undefined && parsePort(portValue) !== current.port;

  return (
    <section className="settings-section" aria-labelledby="gateway-title">
      <h3 id="gateway-title">Local gateway</h3>
      <p className="settings-hint">
        An OpenAI-compatible endpoint on this computer, for other tools and for the code snippets Duet exports. Clients send the token below as their API key.
      </p>
      <form className="settings-row" onSubmit={applyPort}>
        <label className="settings-check">
          <input type="checkbox" checked={enabled} disabled={configure.isPending || status.isPending} onChange={(event) => apply(event.target.checked)} />
          Serve the local gateway
        </label>
        <label htmlFor="gateway-port" className="port-label">
          Port
        </label>
        <input
          id="gateway-port"
          className="port-input"
          type="number"
          inputMode="numeric"
          min={1024}
          max={65535}
          value={portValue}
          onChange={(event) => {
            setPortText(event.target.value);
            setPortError('');
          }}
          aria-invalid={portError ? true : undefined}
          aria-describedby={portError ? 'gateway-port-error' : undefined}
        />
        {portChanged && (
          <button type="submit" disabled={configure.isPending}>
            {current.enabled ? 'Restart on this port' : 'Save port'}
          </button>
        )}
      </form>
      {portError && (
        <p id="gateway-port-error" className="field-error">
          {portError}
        </p>
      )}
      <LiveStatus tone={current?.error ? 'problem' : current?.running ? 'ok' : undefined} label="Gateway status">
        {describeGateway(current, configure.isPending ? configure.variables : undefined)}
      </LiveStatus>
      {current?.enabled && current.error && <ErrorNote>The gateway is not running: {current.error}</ErrorNote>}
      <ErrorNote error={configure.error ?? (status.isError ? status.error : null)} />
      <GatewayToken />
    </section>
  );
}

function describeGateway(status: GatewayStatus | undefined, pending: { enabled: boolean; port: number } | undefined): string {
  if (pending) return pending.enabled ? `Starting on port ${pending.port}…` : 'Stopping…';
  if (!status) return 'Checking…';
  if (status.running) return `Running at ${status.url ?? `http://127.0.0.1:${status.port}/v1`}`;
  if (status.enabled && status.error) return 'Not running (see below).';
  return 'Stopped.';
}
