import { BrowserWindow } from 'electron';
import { join } from 'node:path';

/** The main window with the secure defaults spelled out, so a review sees them. */
export function createMainWindow(appOrigin: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Duet',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  void window.loadURL(devUrl ?? `${appOrigin}/index.html`);
  return window;
}
