import { Pane, runMainPane, stopMainPane } from '../features/pane/Pane';
import { useAppInfo } from '../features/pane/queries';
import { useRunEvents } from '../features/runs/use-run-events';
import { useShortcuts } from './use-shortcuts';

export function App() {
  useRunEvents();
  useShortcuts({ run: runMainPane, stop: stopMainPane });
  const info = useAppInfo();
  const anthropic = info.data?.keys.find((key) => key.provider === 'anthropic');

  return (
    <div className="app">
      <header className="app-header">
        <h1>Duet</h1>
        <span className="host-badge">{info.data ? (info.data.host === 'web' ? 'Web host' : 'Desktop') : ''}</span>
        <span className="key-status" aria-label="Anthropic key status">
          {anthropic?.configured ? `Anthropic key ${anthropic.hint ?? ''} (${anthropic.source ?? 'env'})` : ''}
        </span>
      </header>
      {info.isError && (
        <div className="error-banner" role="alert">
          <strong>Cannot reach the Duet host</strong>
          <span className="error-detail">{info.error.message}</span>
        </div>
      )}
      {anthropic && !anthropic.configured && (
        <div className="onboarding" role="note">
          <strong>Add your Anthropic API key to start.</strong> Set <code>ANTHROPIC_API_KEY</code> in the environment and
          start Duet again. Keys stay in the host process and are never shown here.
        </div>
      )}
      <Pane />
    </div>
  );
}
