import { describe, expect, it } from 'vitest';
import { finishDetails } from './finish-details';

describe('finishDetails', () => {
  it('maps the stop reason and adds the extensions only when they apply', () => {
    expect(finishDetails({ stopReason: 'end_turn', stopSequence: null }, 0)).toEqual({ finish_reason: 'stop' });
    expect(finishDetails({ stopReason: 'stop_sequence', stopSequence: '###' }, 0)).toEqual({ finish_reason: 'stop', stop_sequence: '###' });
    expect(finishDetails({ stopReason: 'pause_turn', stopSequence: null }, 0)).toEqual({ finish_reason: 'stop', pause_turn: true });
    expect(finishDetails({ stopReason: 'refusal', stopSequence: null }, 0)).toEqual({ finish_reason: 'content_filter' });
    expect(finishDetails({ stopReason: null, stopSequence: undefined }, 0)).toEqual({ finish_reason: 'stop' });
  });

  it('says tool_calls only when there is a client tool call to run', () => {
    expect(finishDetails({ stopReason: 'tool_use', stopSequence: null }, 2)).toEqual({ finish_reason: 'tool_calls' });
    expect(finishDetails({ stopReason: 'tool_use', stopSequence: null }, 0)).toEqual({ finish_reason: 'stop' });
  });
});
