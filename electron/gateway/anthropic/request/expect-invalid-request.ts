import { expect } from 'vitest';
import { GatewayError } from '../../errors';

/** Test helper: `run` throws Duet's 400 naming `param` (and, when given, saying `message`). */
export function expectInvalidRequest(run: () => unknown, param: string, message?: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(GatewayError);
  expect(thrown).toMatchObject({ code: 'invalid_request', status: 400, param });
  if (message) expect((thrown as GatewayError).message).toMatch(message);
}
