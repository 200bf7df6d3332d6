import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where Duet keeps its files when no host says otherwise (DUET_DATA_DIR wins). */
export function defaultDataDir(env: Record<string, string | undefined> = process.env, platform = process.platform): string {
  if (env.DUET_DATA_DIR) return env.DUET_DATA_DIR;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Duet');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Duet');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'duet');
}
