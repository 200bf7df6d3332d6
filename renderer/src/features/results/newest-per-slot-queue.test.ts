import { describe, expect, it } from 'vitest';
import { newestPerSlotQueue } from './newest-per-slot-queue';

type Item = { slot: number; text: string };

/** Runs the queue with a hand-driven task list; `step` runs one deferred task. */
function harness() {
  const ran: string[] = [];
  const tasks: (() => void)[] = [];
  const queue = newestPerSlotQueue<Item>(
    (item) => ran.push(`${item.slot}:${item.text}`),
    (next) => tasks.push(next),
    () => ran.push('idle'),
  );
  const step = () => tasks.shift()?.();
  const drain = () => {
    while (tasks.length > 0) step();
  };
  return { ran, tasks, enqueue: queue.enqueue, drop: queue.drop, step, drain };
}

describe('newestPerSlotQueue', () => {
  it.each<[string, Item[], string[]]>([
    ['one item', [{ slot: 1, text: 'a' }], ['1:a']],
    ['a newer item replaces a pending one of its slot', [{ slot: 1, text: 'a' }, { slot: 1, text: 'ab' }, { slot: 1, text: 'abc' }], ['1:abc']],
    ['other slots keep their items, in order of arrival', [{ slot: 1, text: 'a' }, { slot: 2, text: 'x' }, { slot: 1, text: 'ab' }], ['2:x', '1:ab']],
  ])('%s', (_, items, expected) => {
    const queue = harness();
    items.forEach(queue.enqueue);
    queue.drain();
    expect(queue.ran).toEqual([...expected, 'idle']);
  });

  it('runs one item per task, so an item arriving between two runs replaces the pending one', () => {
    const queue = harness();
    queue.enqueue({ slot: 1, text: 'a' });
    queue.enqueue({ slot: 2, text: 'x' });
    expect(queue.tasks).toHaveLength(1);
    queue.step();
    expect(queue.ran).toEqual(['1:a']);
    queue.enqueue({ slot: 2, text: 'xy' });
    queue.drain();
    // Idle only once nothing is pending.
    expect(queue.ran).toEqual(['1:a', '2:xy', 'idle']);
  });

  it('drops a pending item its slot no longer wants, and leaves the others', () => {
    const queue = harness();
    queue.enqueue({ slot: 1, text: 'a' });
    queue.enqueue({ slot: 2, text: 'x' });
    queue.drop(1);
    queue.drop(3); // nothing pending there: no effect
    queue.drain();
    expect(queue.ran).toEqual(['2:x', 'idle']);
  });
});
