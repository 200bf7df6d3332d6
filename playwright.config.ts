import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import type { DuetOptions } from './e2e/fixtures/duet';

/**
 * End-to-end specs run twice: against the web host in Chromium, and against the
 * Electron app where its binary is installed (skipped, with the reason, elsewhere).
 * Debian's Chromium is used when present, since Playwright's own download may be unreachable.
 */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
const executablePath = process.env.DUET_CHROMIUM ?? systemChromium;

export default defineConfig<DuetOptions>({
  testDir: 'e2e/specs',
  outputDir: 'test-results/output',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'web', use: { host: 'web', browserName: 'chromium' } },
    { name: 'electron', use: { host: 'electron' } },
  ],
});
