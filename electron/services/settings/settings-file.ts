import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/**
 * Settings that are not secrets (providers' names and URLs, the local gateway's
 * port), in settings.json in the data folder. Keys never come here: they live in
 * the keychain. Written atomically (temporary file + rename), so a crash mid-write
 * leaves the previous file intact.
 */
const settingsSchema = z.object({
  version: z.literal(1),
  providers: z.array(z.object({ id: z.string(), name: z.string(), baseURL: z.string() })).default([]),
  gateway: z.object({ enabled: z.boolean(), port: z.number().int() }).default({ enabled: false, port: 8787 }),
  /** The prompt library's folder; null = `<dataDir>/library`. */
  library: z.object({ folder: z.string().nullable() }).default({ folder: null }),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { version: 1, providers: [], gateway: { enabled: false, port: 8787 }, library: { folder: null } };

export interface SettingsFile {
  read(): Settings;
  update(change: (current: Settings) => Settings): Promise<Settings>;
  /** Set when the file on disk could not be read and defaults are in use. */
  readonly problem: string | undefined;
}

export async function openSettingsFile(path: string): Promise<SettingsFile> {
  let current = DEFAULT_SETTINGS;
  let problem: string | undefined;
  try {
    current = settingsSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') problem = `${path} could not be read (${(error as Error).message.split('\n')[0]}); defaults are in use until settings are saved.`;
  }
  let writing = Promise.resolve();

  return {
    read: () => current,
    get problem() {
      return problem;
    },
    async update(change) {
      const next = settingsSchema.parse(change(current));
      // Writes are queued so two quick saves never interleave.
      writing = writing.then(async () => {
        await mkdir(dirname(path), { recursive: true });
        const temporary = `${path}.${process.pid}.tmp`;
        await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
        await rename(temporary, path);
      });
      await writing;
      current = next;
      problem = undefined;
      return next;
    },
  };
}
