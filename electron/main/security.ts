import { app, session, shell, type WebContents } from 'electron';
import { isExternalLink, isTrustedUrl } from './trusted-url';

/**
 * Every window-level guard in one place: no navigation away from the app, no new
 * windows (http(s) links open in the browser), no webviews, no permissions.
 */
export function installSecurityGuards(appOrigin: string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    const blockNavigation = (event: { preventDefault(): void }, url: string): void => {
      if (!isTrustedUrl(url, appOrigin)) event.preventDefault();
    };
    contents.on('will-navigate', blockNavigation);
    contents.on('will-redirect', blockNavigation);
    contents.setWindowOpenHandler(({ url }) => {
      if (isExternalLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
