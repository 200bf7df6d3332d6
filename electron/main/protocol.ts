import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY_HEADER } from '../services/content-security-policy';
import { readStaticFile } from '../services/static-files';

/** The renderer is served from app://duet/ rather than file://, so it has a real origin. */
export const APP_ORIGIN = 'app://duet';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'duet' ? await readStaticFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'content-type': file.contentType, 'content-security-policy': CONTENT_SECURITY_POLICY_HEADER },
    });
  });
}
