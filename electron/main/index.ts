import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createAppCore } from '../services/app-core';
import { bindIpc } from './ipc';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { installSecurityGuards } from './security';
import { createMainWindow } from './window';

/** Electron lifecycle only: the app itself lives in services and the gateway. */
registerAppScheme();

// A separate data folder per test run or profile (DUET_DATA_DIR), before anything reads it.
if (process.env.DUET_DATA_DIR) app.setPath('userData', process.env.DUET_DATA_DIR);

if (!app.requestSingleInstanceLock()) app.quit();

// Started at once; the window waits for it (opening the keychain can take a moment).
const corePromise = createAppCore({ host: 'electron', dataDir: app.getPath('userData') });

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

void app.whenReady().then(async () => {
  const core = await corePromise;
  installSecurityGuards(APP_ORIGIN);
  serveRenderer(join(import.meta.dirname, '../renderer'));
  bindIpc(core, APP_ORIGIN);
  createMainWindow(APP_ORIGIN);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(APP_ORIGIN);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let shutDown = false;
app.on('before-quit', (event) => {
  if (shutDown) return;
  // Quit once the core has shut down: the run history checkpoints its journal into the database file.
  event.preventDefault();
  shutDown = true;
  void corePromise
    .then((core) => core.shutdown())
    .catch((error: unknown) => console.warn(`Shutting down: ${error instanceof Error ? error.message : String(error)}`))
    .finally(() => app.quit());
});
