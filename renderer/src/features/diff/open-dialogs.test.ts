import { describe, expect, it } from 'vitest';
import { isDiffOpen, markDiffOpen } from './open-dialogs';

describe('isDiffOpen', () => {
  it('is true while any mark is held, and a mark released twice counts once', () => {
    expect(isDiffOpen()).toBe(false);
    const first = markDiffOpen();
    const second = markDiffOpen();
    first();
    first();
    expect(isDiffOpen()).toBe(true);
    second();
    expect(isDiffOpen()).toBe(false);
  });
});
