import { BrowserWindow, ipcMain, type WebFrameMain } from 'electron';
import { INVOKE_CHANNELS } from '../../shared/contract/channels';
import type { AppCore } from '../services/app-core';
import { isTrustedUrl } from './trusted-url';

/** Binds every contract channel to ipcMain; payloads are validated by the core's dispatch. Broadcast events go to every window. */
export function bindIpc(core: AppCore, appOrigin: string): void {
  core.broadcast.subscribe((channel, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.webContents.isDestroyed()) window.webContents.send(channel, payload);
    }
  });
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedFrame(event.senderFrame, appOrigin)) {
        return { ok: false, error: { code: 'permission', message: 'Untrusted sender.', retryable: false } };
      }
      return core.dispatch(channel, payload, {
        emit: (eventChannel, eventPayload) => {
          if (!event.sender.isDestroyed()) event.sender.send(eventChannel, eventPayload);
        },
      });
    });
  }
}

function isTrustedFrame(frame: WebFrameMain | null, appOrigin: string): boolean {
  if (!frame) return false;
  // In development the renderer comes from electron-vite's dev server.
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  return isTrustedUrl(frame.url, appOrigin) || (devUrl !== undefined && isTrustedUrl(frame.url, devUrl));
}
