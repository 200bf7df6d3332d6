import { useCallback, useRef } from 'react';
import { Panes } from '../features/compare/Panes';
import { runAllPanes, runFocusedPane, stopFocusedPane } from '../features/compare/run-all';
import { DiffAnswersButton } from '../features/diff/DiffAnswersButton';
import { isDiffOpen } from '../features/diff/open-dialogs';
import { isGetCodeOpen } from '../features/export/open-state';
import { HistoryButton } from '../features/history/HistoryButton';
import { HistoryPanel } from '../features/history/HistoryPanel';
import { useHistoryRefresh } from '../features/history/use-history-refresh';
import { useHistoryShortcut } from '../features/history/use-history-shortcut';
import { ConflictBanner } from '../features/library/ConflictBanner';
import { LibraryHeader } from '../features/library/LibraryHeader';
import { LibraryPanel } from '../features/library/LibraryPanel';
import { isLibraryDialogOpen } from '../features/library/library-ui-store';
import { NameDialog } from '../features/library/NameDialog';
import { useLibraryWiring } from '../features/library/use-library-wiring';
import { useAppInfo } from '../features/pane/queries';
import { useRunEvents } from '../features/runs/use-run-events';
import { SettingsDialog } from '../features/settings/SettingsDialog';
import { isSettingsOpen, useSettingsStore } from '../features/settings/store';
import { useSettingsShortcut } from '../features/settings/use-settings-shortcut';
import { useShortcuts } from './use-shortcuts';

// While Settings, Diff, Get code or the library's name dialog is open, Esc belongs to the dialog (it closes it) and Ctrl+Enter does not run the prompts behind it.
const dialogOpen = (): boolean => isSettingsOpen() || isDiffOpen() || isGetCodeOpen() || isLibraryDialogOpen();
const runUnlessDialogOpen = (): void => (dialogOpen() ? undefined : runFocusedPane());
const runAllUnlessDialogOpen = (): void => (dialogOpen() ? undefined : runAllPanes());
const stopUnlessDialogOpen = (): void => (dialogOpen() ? undefined : stopFocusedPane());

export function App() {
  useRunEvents();
  useShortcuts({ run: runUnlessDialogOpen, runAll: runAllUnlessDialogOpen, stop: stopUnlessDialogOpen });
  useSettingsShortcut();
  useLibraryWiring();
  useHistoryShortcut(dialogOpen);
  useHistoryRefresh();
  const openSettings = useSettingsStore((state) => state.openSettings);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const settingsButtonElement = useCallback(() => settingsButton.current, []);
  const info = useAppInfo();
  const anthropic = info.data?.keys.find((key) => key.provider === 'anthropic');

  return (
    <div className="app">
      <header className="app-header">
        <h1>Duet</h1>
        <LibraryHeader />
        <span className="host-badge">{info.data ? (info.data.host === 'web' ? 'Web host' : 'Desktop') : ''}</span>
        <span className="key-status" aria-label="Anthropic key status">
          {anthropic?.configured ? `Anthropic key ${anthropic.hint ?? ''} (${anthropic.source ?? 'env'})` : ''}
        </span>
        <DiffAnswersButton />
        <HistoryButton />
        <button ref={settingsButton} type="button" onClick={openSettings} title="Settings (Ctrl+,)" aria-keyshortcuts="Control+Comma Meta+Comma">
          Settings
        </button>
      </header>
      {info.isError && (
        <div className="error-banner" role="alert">
          <strong>Cannot reach the Duet host</strong>
          <span className="error-detail">{info.error.message}</span>
        </div>
      )}
      {anthropic && !anthropic.configured && (
        <div className="onboarding" role="note">
          <strong>Add your Anthropic API key to start.</strong> Open Settings (Ctrl+,) to add it, or set{' '}
          <code>ANTHROPIC_API_KEY</code> in the environment and start Duet again. Keys stay in the host process and are never shown here.
        </div>
      )}
      <ConflictBanner />
      <div className="app-workspace">
        <LibraryPanel />
        <Panes />
        <HistoryPanel />
      </div>
      <NameDialog />
      <SettingsDialog returnFocusTo={settingsButtonElement} />
    </div>
  );
}
