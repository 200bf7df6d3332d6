/**
 * A gateway running in a child process: started, awaited until it prints its
 * ready line, and always stopped — on success, on errors, on Ctrl+C — so no
 * gateway outlives the benchmark.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { onExit } from './cleanup.js';

export interface GatewayProcessOptions {
  label: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Output (stdout or stderr) that means "ready"; the match is returned. */
  ready: RegExp;
  timeoutMs: number;
}

export interface GatewayProcess {
  pid: number;
  readyMatch: RegExpExecArray;
  /** The last few kilobytes of its output, for error messages. */
  recentOutput(): string;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_KEPT = 8_192;

export async function startGatewayProcess(options: GatewayProcessOptions): Promise<GatewayProcess> {
  const child = spawn(options.command, options.args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const forget = onExit(() => child.kill('SIGKILL'));
  let output = '';
  let exited = child.exitCode !== null;
  const exit = once(child, 'exit').then(() => {
    exited = true;
    forget();
  });
  const stop = async (graceMs = 5_000): Promise<void> => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exit;
    clearTimeout(timer);
  };

  const readyMatch = await new Promise<RegExpExecArray>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error, match?: RegExpExecArray): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (match) resolve(match);
      else reject(error);
    };
    const onOutput = (chunk: Buffer): void => {
      // Keep draining for the child's whole life: a full pipe would block it.
      output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
      const match = options.ready.exec(output);
      if (match) finish(undefined, match);
    };
    child.stdout?.on('data', onOutput);
    child.stderr?.on('data', onOutput);
    child.once('error', (error) => finish(new Error(`${options.label} could not start: ${error.message}`)));
    child.once('exit', (code, signal) =>
      finish(new Error(`${options.label} exited (${signal ?? `code ${code}`}) before it was ready. Output:\n${output.trim()}`)),
    );
    const timer = setTimeout(
      () => finish(new Error(`${options.label} was not ready after ${options.timeoutMs} ms. Output:\n${output.trim()}`)),
      options.timeoutMs,
    );
  }).catch(async (error: unknown) => {
    await stop(1_000);
    throw error;
  });

  if (child.pid === undefined) throw new Error(`${options.label} has no pid`);
  return { pid: child.pid, readyMatch, recentOutput: () => output, stop };
}
