/**
 * Channel names: the only runtime values the preload imports. Keep this file
 * free of imports so the sandboxed preload bundle stays dependency-free.
 */
export const INVOKE_CHANNELS = [
  'app.info',
  'models.list',
  'runs.start',
  'runs.cancel',
  'keys.status',
  'keys.set',
  'keys.remove',
  'keys.test',
  'providers.list',
  'providers.save',
  'providers.remove',
  'gateway.status',
  'gateway.configure',
  'gateway.token',
  'attachments.addPath',
  'attachments.addBytes',
  'attachments.read',
  'export.snippets',
  'history.list',
  'history.get',
  'history.delete',
  'history.export',
  'library.folder',
  'library.setFolder',
  'library.list',
  'library.read',
  'library.save',
  'library.rename',
  'library.duplicate',
  'library.delete',
  'library.restore',
] as const;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

export const EVENT_CHANNELS = ['runs.event', 'library.changed'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(name);
}

export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && (EVENT_CHANNELS as readonly string[]).includes(name);
}
