#!/usr/bin/env node
/**
 * `npm test`: lint, typecheck, build, unit + integration (vitest), end-to-end
 * (Playwright). Ends with one line, "N passed, N failed, N skipped", summing
 * every runner; a step that fails before its tests run counts as one failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const reports = join(root, '.ci-out');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const totals = { passed: 0, failed: 0, skipped: 0 };
const notes = [];

function step(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  const ok = result.status === 0;
  if (!ok) console.log(`✗ ${title} failed (exit ${result.status ?? result.signal})`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function has(program) {
  return spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// Static checks: each counts as one test of its own.
const checks = [
  ['lint (eslint, import boundaries)', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck shared/', bin('tsc'), ['--noEmit', '-p', 'tsconfig.shared.json']],
  ['typecheck electron/, e2e/, scripts/', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']],
  ['typecheck renderer/', bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']],
];
for (const [title, command, args] of checks) {
  if (step(title, command, args)) totals.passed += 1;
  else totals.failed += 1;
}
const built = step('build (electron-vite)', bin('electron-vite'), ['build']);
if (built) totals.passed += 1;
else totals.failed += 1;

/**
 * Runs a test runner inside a private Secret Service (a fresh D-Bus session with an
 * unlocked gnome-keyring) when the machine has one, so keychain code meets a real
 * keychain and never the user's.
 */
const secretService = has('dbus-run-session') && has('gnome-keyring-daemon');
if (!secretService) notes.push('No dbus-run-session/gnome-keyring-daemon here: keychain tests are skipped and hosts run without a keychain (apt-get install dbus gnome-keyring).');
function withKeychain(title, command, args, env = {}) {
  if (!secretService) return step(title, command, args, { env: { ...process.env, ...env } });
  const home = mkdtempSync(join(tmpdir(), 'duet-keyring-'));
  const script = 'printf %s duet-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"';
  try {
    return step(`${title}, with a private Secret Service`, 'dbus-run-session', ['--', 'sh', '-c', script, 'sh', command, ...args], {
      env: { ...process.env, ...env, HOME: home, XDG_DATA_HOME: join(home, 'data'), DUET_SECRET_SERVICE: '1' },
    });
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

// Unit and integration tests.
withKeychain('unit + integration (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'vitest.json')}`]);
const vitest = readJson(join(reports, 'vitest.json'));
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests + (vitest.numFailedTestSuites > 0 && vitest.numFailedTests === 0 ? vitest.numFailedTestSuites : 0);
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests + vitest.numTodoTests} skipped`);
} else {
  totals.failed += 1;
  console.log('vitest: no report (the runner crashed)');
}

// End-to-end in Chromium (and Electron where its binary exists), against the built renderer.
if (built) {
  withKeychain('end-to-end (Playwright)', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') });
  const e2e = readJson(join(reports, 'playwright.json'));
  if (e2e?.stats) {
    const { expected, unexpected, flaky, skipped } = e2e.stats;
    totals.passed += expected;
    totals.failed += unexpected + flaky;
    totals.skipped += skipped;
    console.log(`playwright: ${expected} passed, ${unexpected + flaky} failed, ${skipped} skipped`);
    for (const reason of skipReasons(e2e)) notes.push(`Skipped end-to-end tests: ${reason}`);
    if (e2e.errors?.length) {
      totals.failed += 1;
      console.log(`playwright: ${e2e.errors.length} error(s) outside tests`);
    }
  } else {
    totals.failed += 1;
    console.log('playwright: no report (the runner crashed)');
  }
} else {
  notes.push('End-to-end tests did not run because the build failed.');
}

for (const note of notes) console.log(`note: ${note}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);

function skipReasons(report) {
  const reasons = new Set();
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        for (const annotation of t.annotations ?? []) if (annotation.type === 'skip' && annotation.description) reasons.add(annotation.description);
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites ?? []) visit(suite);
  return reasons;
}
