import { describe, expect, test } from 'vitest';
import { rehearsalRun } from '../../../src/shared/schema/rehearsal';
import { envelope } from '../../../src/main/services/userError';
import type { RunVoice } from '../../../src/shared/voice';
import { sampleRun } from '../../support/runs';

const VOICE: RunVoice = {
  sections: {
    opening: {
      listened: 61.2,
      speaking: 50,
      paused: 11.2,
      wpm: 131,
      longPauses: [{ at: 20.5, seconds: 2.6 }],
      filledPauses: [{ at: 14.1, seconds: 0.4 }],
      pitchSpread: 1.9,
      flat: false,
    },
    close: { listened: 3, speaking: 1, paused: 2, wpm: null, longPauses: [], pitchSpread: null, flat: false },
  },
  pace: [{ at: 10, sectionId: 'opening', wpm: 128 }],
};

const refused = (check: () => unknown) => expect(envelope(check)).resolves.toMatchObject({ ok: false, error: { code: 'bad-request' } });

describe('saveRun schema: voice figures', () => {
  test('a run with the microphone’s figures is accepted unchanged, and one without too', () => {
    const withVoice = sampleRun('run-1', { voice: VOICE });
    expect(rehearsalRun(withVoice, 'run')).toEqual(withVoice);
    expect(rehearsalRun(sampleRun('run-2'), 'run')).not.toHaveProperty('voice');
  });

  test('unknown fields, impossible figures and oversized maps are refused', async () => {
    const section = VOICE.sections['opening']!;
    await refused(() => rehearsalRun(sampleRun('r', { voice: { ...VOICE, extra: 1 } as RunVoice }), 'run'));
    await refused(() => rehearsalRun(sampleRun('r', { voice: { ...VOICE, sections: { a: { ...section, wpm: 5_000 } } } }), 'run'));
    await refused(() =>
      rehearsalRun(sampleRun('r', { voice: { ...VOICE, sections: { a: { ...section, flat: 'yes' as never } } } }), 'run'),
    );
    await refused(() => rehearsalRun(sampleRun('r', { voice: { ...VOICE, sections: { ['x'.repeat(201)]: section } } }), 'run'));
    const filled = (filledPauses: unknown) => ({ ...VOICE, sections: { a: { ...section, filledPauses: filledPauses as never } } });
    await refused(() => rehearsalRun(sampleRun('r', { voice: filled([{ at: 1, seconds: -0.5 }]) }), 'run'));
    await refused(() =>
      rehearsalRun(sampleRun('r', { voice: filled(Array.from({ length: 100_001 }, () => ({ at: 1, seconds: 0.4 }))) }), 'run'),
    );
    const many = Object.fromEntries(Array.from({ length: 20_001 }, (_, i) => [`s${i}`, section]));
    await refused(() => rehearsalRun(sampleRun('r', { voice: { ...VOICE, sections: many } }), 'run'));
  });
});
