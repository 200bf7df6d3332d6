import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint rules that keep each folder to its own runtime: a wrong import must fail `npm test`. */
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages.filter((message) => message.ruleId === 'no-restricted-imports').length ?? 0;
}

describe('import boundaries', () => {
  it.each([
    ['renderer/src/features/pane/x.ts', "import { createGateway } from '../../../../electron/gateway';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['renderer/src/x.ts', "import Anthropic from '@anthropic-ai/sdk';"],
    ['shared/contract/x.ts', "import { readFile } from 'node:fs';"],
    ['shared/chat/x.ts', "import { bridge } from '../../renderer/src/bridge/bridge';"],
    ['electron/gateway/x.ts', "import { app } from 'electron';"],
    ['electron/gateway/anthropic/x.ts', "import { createServices } from '../../services/handlers';"],
    ['electron/services/x.ts', "import { bindIpc } from '../main/ipc';"],
    ['electron/web/x.ts', "import { app } from 'electron';"],
    ['electron/preload/x.ts', "import { z } from 'zod';"],
    ['electron/cli/x.ts', "import { app } from 'electron';"],
    ['electron/gateway/x.ts', "import { openKeychain } from '../services/keys';"],
    ['electron/preload/x.ts', "import { requestSchemas } from '../../shared/contract/schemas';"],
  ])('rejects in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(1);
  });

  it.each([
    ['renderer/src/x.ts', "import type { DuetBridge } from '../../shared/contract';"],
    ['electron/gateway/x.ts', "import { MODELS } from '../../shared/models/catalog';"],
    ['electron/services/x.ts', "import { createGateway } from '../gateway';"],
    ['electron/web/x.ts', "import { createAppCore } from '../services/app-core';"],
    ['electron/cli/x.ts', "import { openKeychain } from '../services/keys';"],
    ['electron/main/x.ts', "import { app } from 'electron';"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nimport { INVOKE_CHANNELS } from '../../shared/contract/channels';\nimport type { DuetBridge } from '../../shared/contract';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toBe(0);
  });
});
