import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { isEventChannel, isInvokeChannel } from '../../shared/contract/channels';
import type { DuetBridge, DuetFiles } from '../../shared/contract';

/**
 * window.duet: invoke a contract channel, or listen to a contract event.
 * Nothing else crosses; the IPC event object (with its sender) is never exposed.
 */
const duet: DuetBridge = {
  invoke(channel, request) {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  on(channel, listener) {
    if (!isEventChannel(channel)) throw new Error(`Unknown event ${String(channel)}`);
    const forward = (_event: unknown, payload: Parameters<typeof listener>[0]): void => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('duet', duet);

/**
 * window.duetFiles: the path of a file the user picked or dropped, so the host reads it
 * from disk and the bytes never cross IPC. Only a path comes back, never file contents.
 */
const files: DuetFiles = {
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('duetFiles', files);
