/** Live runs by id, so Stop can abort the upstream request from anywhere. */
export class RunRegistry {
  private readonly controllers = new Map<string, AbortController>();

  begin(runId: string): AbortSignal {
    if (this.controllers.has(runId)) throw new Error(`Run ${runId} is already running.`);
    const controller = new AbortController();
    this.controllers.set(runId, controller);
    return controller.signal;
  }

  cancel(runId: string): boolean {
    const controller = this.controllers.get(runId);
    if (!controller) return false;
    controller.abort();
    this.controllers.delete(runId);
    return true;
  }

  finish(runId: string): void {
    this.controllers.delete(runId);
  }

  cancelAll(): void {
    for (const controller of this.controllers.values()) controller.abort();
    this.controllers.clear();
  }
}
