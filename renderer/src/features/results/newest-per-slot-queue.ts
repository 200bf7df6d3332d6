/**
 * Work keyed by slot where only the newest item of each slot matters: an item not yet started is
 * replaced by a newer one for its slot, or dropped when its slot no longer wants it. Items run one
 * per `defer`red task, in order of arrival, so newer items can arrive (and replace older ones)
 * between two runs. `idle` runs after a run that left nothing pending.
 */
export interface NewestPerSlotQueue<Item> {
  enqueue(item: Item): void;
  /** Forgets the slot's pending item, if it has not started. */
  drop(slot: number): void;
}

export function newestPerSlotQueue<Item extends { slot: number }>(run: (item: Item) => void, defer: (next: () => void) => void, idle?: () => void): NewestPerSlotQueue<Item> {
  const pending = new Map<number, Item>();
  let scheduled = false;
  const schedule = () => {
    if (scheduled || pending.size === 0) return;
    scheduled = true;
    defer(runNext);
  };
  const runNext = () => {
    scheduled = false;
    const next = pending.values().next().value;
    if (next) {
      pending.delete(next.slot);
      run(next);
    }
    if (pending.size === 0) idle?.();
    schedule();
  };
  return {
    enqueue(item) {
      pending.delete(item.slot); // re-inserted last: the map's order stays the order of arrival
      pending.set(item.slot, item);
      schedule();
    },
    drop(slot) {
      pending.delete(slot);
    },
  };
}
