/**
 * Last-resort cleanup: synchronous tasks run when the benchmark exits for any reason
 * (normal end, uncaught error, Ctrl+C, SIGTERM, SIGHUP), so no gateway process or
 * temporary folder outlives it.
 */
const tasks = new Set<() => void>();
let installed = false;

function runAll(): void {
  for (const task of [...tasks]) {
    tasks.delete(task);
    try {
      task();
    } catch {
      // keep cleaning up the rest
    }
  }
}

/** Registers a synchronous cleanup task; returns a function that unregisters it. */
export function onExit(task: () => void): () => void {
  if (!installed) {
    installed = true;
    process.on('exit', runAll);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        console.error(`\n${signal}: stopping gateways and cleaning up.`);
        runAll();
        process.exit(130);
      });
    }
  }
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Runs every registered task now (after an error, before exiting). */
export function cleanUpNow(): void {
  runAll();
}
