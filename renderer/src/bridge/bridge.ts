import type { DuetBridge } from '../../../shared/contract';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent when the web host serves the renderer. */
    duet?: DuetBridge;
  }
}

/** The one bridge the renderer uses: Electron's preload if present, else the web host over HTTP. */
export const bridge: DuetBridge = window.duet ?? createHttpBridge();

/** Invokes a channel and throws its error, for react-query, which expects rejections. */
export async function invokeOrThrow<K extends Parameters<DuetBridge['invoke']>[0]>(
  channel: K,
  request: Parameters<typeof bridge.invoke<K>>[1],
) {
  const result = await bridge.invoke(channel, request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
