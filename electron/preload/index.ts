import { contextBridge, ipcRenderer } from 'electron';
import { isEventChannel, isInvokeChannel } from '../../shared/contract/channels';
import type { DuetBridge } from '../../shared/contract';

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
