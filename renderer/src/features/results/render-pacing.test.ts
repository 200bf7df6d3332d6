import { describe, expect, it } from 'vitest';
import { nextRenderAt, renderInterval } from './render-pacing';

describe('renderInterval', () => {
  it.each([
    [8, 1, 0],
    [8, 0, 0],
    [8, 2, 16],
    [8, 4, 48],
    [200, 4, 250],
  ])('a render of %d ms with %d answers streaming waits %d ms', (cost, streaming, expected) => {
    expect(renderInterval(cost, streaming)).toBe(expected);
  });
});

describe('nextRenderAt', () => {
  it('is the render interval later without a minimum', () => {
    expect(nextRenderAt(1000, 8, 1)).toBe(1000);
    expect(nextRenderAt(1000, 8, 4)).toBe(1048);
  });

  it('with a minimum, is the next multiple of it, so answers shown at different times render together', () => {
    expect(nextRenderAt(1010, 8, 1, 250)).toBe(1250);
    expect(nextRenderAt(1249, 0, 1, 250)).toBe(1250);
    expect(nextRenderAt(1250, 0, 1, 250)).toBe(1500);
    expect(nextRenderAt(1262, 3, 4, 50)).toBe(1300);
    expect(nextRenderAt(1281, 3, 4, 50)).toBe(1300);
  });

  it('skips a beat of the shared clock for an answer whose renders cost more than its share', () => {
    expect(nextRenderAt(1251, 20, 4, 50)).toBe(1400);
  });
});
