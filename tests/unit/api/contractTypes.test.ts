import { describe, expect, test } from 'vitest';
import type { ApiHandlers } from '../../../src/main/api';
import { INVOKE_CHANNELS, type InvokeMethod } from '../../../src/shared/api';

// Each `@ts-expect-error` below marks code that must NOT type-check: if the contract stopped
// catching it, the directive would be unused and `npm run typecheck` would fail.

const wrongResult: ApiHandlers<'setTheme'> = {
  // @ts-expect-error a handler must return what the contract declares (a theme, not a number)
  setTheme: () => 42,
};

const wrongArgument: ApiHandlers<'setSoundCue'> = {
  // @ts-expect-error a handler takes the contract's arguments (a boolean, not a string)
  setSoundCue: (on: string) => on === 'yes',
};

// @ts-expect-error every call of an area must have its handler
const missingCall: ApiHandlers<'setTheme' | 'setSoundCue'> = { setTheme: (theme) => theme };

const wrongAsync: ApiHandlers<'listRuns'> = {
  // @ts-expect-error a promise must resolve to the declared result
  listRuns: async () => 'runs',
};

// @ts-expect-error the channel map names only the contract's calls
const unknownChannel: InvokeMethod = 'deleteEverything';

describe('the API contract', () => {
  test('every call has a channel of its own', () => {
    const channels = Object.values(INVOKE_CHANNELS);
    expect(new Set(channels).size).toBe(channels.length);
    expect(channels.every((channel) => channel.startsWith('sticky:'))).toBe(true);
  });

  test('the handlers above are only here for the type check', () => {
    expect([wrongResult, wrongArgument, missingCall, wrongAsync, unknownChannel]).toHaveLength(5);
  });
});
